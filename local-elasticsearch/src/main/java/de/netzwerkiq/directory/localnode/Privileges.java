package de.netzwerkiq.directory.localnode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Elasticsearch refuses to run as root. When we are root, the node runs as {@code nobody}
 * through {@code setpriv}; in every case {@code setpriv --pdeathsig} (when present) makes
 * the kernel stop the node if this JVM dies without running its shutdown hooks.
 */
final class Privileges {

	/** uid and gid of nobody/nogroup on Debian, Ubuntu, RHEL and Alpine alike. */
	static final int NOBODY = 65534;

	private Privileges() {
	}

	static boolean runningAsRoot() {
		try {
			return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	/**
	 * The command prefix that launches the node with the right user and parent-death
	 * signal.
	 */
	static List<String> launchPrefix(String setprivCommand, boolean root) {
		Optional<Path> setpriv = findExecutable(setprivCommand);
		if (setpriv.isEmpty()) {
			if (root) {
				throw new LocalNodeException("Elasticsearch refuses to run as root, and '" + setprivCommand
						+ "' (util-linux) was not found on PATH to drop privileges. Install util-linux, run as a "
						+ "non-root user, or point spring.elasticsearch.uris at an existing cluster.");
			}
			return List.of();
		}
		List<String> prefix = new ArrayList<>(List.of(setpriv.get().toString()));
		if (root) {
			prefix.addAll(List.of("--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
		}
		prefix.addAll(List.of("--pdeathsig", "KILL", "--"));
		return prefix;
	}

	static Optional<Path> findExecutable(String command) {
		if (command.contains(File.separator)) {
			Path path = Path.of(command);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		String pathEnv = System.getenv().getOrDefault("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");
		for (String dir : pathEnv.split(File.pathSeparator)) {
			Path candidate = Path.of(dir, command);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * When root, {@code nobody} must be able to walk down to the node's files: every
	 * ancestor of home needs the "others may search" bit.
	 */
	static void checkReachableByNobody(Path home) {
		for (Path dir = home.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (!Files.exists(dir)) {
				continue;
			}
			try {
				if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
					throw new LocalNodeException("The local node runs as 'nobody' (we are root) but cannot reach "
							+ home + " because " + dir + " is not searchable by others. Set "
							+ LocalNodeSettings.HOME_ENV + " to a directory outside it, e.g. /var/tmp/iq-directory.");
				}
			}
			catch (IOException | UnsupportedOperationException ex) {
				return;
			}
		}
	}

	static void giveToNobody(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Files.setAttribute(path, "unix:uid", NOBODY, java.nio.file.LinkOption.NOFOLLOW_LINKS);
				Files.setAttribute(path, "unix:gid", NOBODY, java.nio.file.LinkOption.NOFOLLOW_LINKS);
			}
		}
	}

}
