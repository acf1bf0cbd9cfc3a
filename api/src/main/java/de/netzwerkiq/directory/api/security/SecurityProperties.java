package de.netzwerkiq.directory.api.security;

import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may change content.
 *
 * @param editorApiKeys API keys that carry the editor role, sent as
 * {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}; set them from a secret
 * store, e.g. {@code IQ_SECURITY_EDITOR_API_KEYS=key1,key2}. Unset on the embedded
 * default, a random development key is made and printed at start.
 */
@ConfigurationProperties("iq.security")
public record SecurityProperties(List<String> editorApiKeys, String jwtSecret,
		@DefaultValue("roles") String jwtRolesClaim) {

	public SecurityProperties {
		editorApiKeys = (editorApiKeys != null) ? List.copyOf(editorApiKeys) : List.of();
	}

}
