package de.netzwerkiq.directory.api.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook, as Stripe makes it: HMAC-SHA256 with the endpoint's secret
 * over {@code <unix seconds>.<body>}, sent as {@code IQ-Signature: t=<seconds>,v1=<hex>}.
 * The time is signed with the body, so a captured request cannot be replayed later; a
 * receiver checks both (see {@link #verify}).
 */
public final class WebhookSignature {

	/** The header name. */
	public static final String HEADER = "IQ-Signature";

	private WebhookSignature() {
	}

	public static String header(String secret, Instant at, byte[] body) {
		long seconds = at.getEpochSecond();
		return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds, body));
	}

	/**
	 * What a receiver does: the signature must be ours for this body, and recent.
	 * @param tolerance how old a signature may be (Stripe uses 5 minutes)
	 */
	public static boolean verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
		if (header == null) {
			return false;
		}
		Long seconds = null;
		byte[] given = null;
		for (String part : header.split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair.length != 2) {
				continue;
			}
			try {
				if (pair[0].equals("t")) {
					seconds = Long.parseLong(pair[1]);
				}
				else if (pair[0].equals("v1")) {
					given = HexFormat.of().parseHex(pair[1]);
				}
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		if (seconds == null || given == null
				|| Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
			return false;
		}
		return MessageDigest.isEqual(mac(secret, seconds, body), given);
	}

	private static byte[] mac(String secret, long seconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((seconds + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
