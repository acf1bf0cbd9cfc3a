package de.netzwerkiq.directory.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import de.netzwerkiq.directory.localnode.LocalElasticsearchNode;
import de.netzwerkiq.directory.localnode.LocalNodeSettings;

/**
 * A local node for tests that stop, freeze or restart Elasticsearch under the code they
 * test: it comes back on the same port with the same data, so clients and indices find
 * each other again. Such a test needs a JVM of its own (one node per test JVM).
 */
public final class RestartableNode implements AutoCloseable {

	private final int port;

	private final Path data;

	private LocalElasticsearchNode node;

	private RestartableNode(int port, Path data) {
		this.port = port;
		this.data = data;
		start();
	}

	public static RestartableNode start(String name) {
		try {
			int port = freePortBelowEphemeralRange();
			// The node runs as nobody when the tests run as root; /tmp is open to it.
			Path data = Files.createTempDirectory("iq-" + name + "-data");
			Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
			return new RestartableNode(port, data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A free port below Linux's ephemeral range (32768 and up). A port from
	 * {@code new ServerSocket(0)} is ephemeral, and in the seconds until the node binds
	 * it an outgoing connection of another process may take it: CI once failed with
	 * "Failed to bind to 127.0.0.1:44413".
	 */
	private static int freePortBelowEphemeralRange() {
		java.util.Random random = new java.util.Random();
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = 20_000 + random.nextInt(12_000);
			try (ServerSocket socket = new ServerSocket()) {
				socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
				return port;
			}
			catch (IOException taken) {
				// Try another.
			}
		}
		throw new IllegalStateException("No free port between 20000 and 32000");
	}

	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/** Starts the node again after {@link #stop()}. */
	public void start() {
		this.node = LocalElasticsearchNode.start(LocalNodeSettings.defaults()
			.withSetting("http.port", String.valueOf(this.port))
			.withSetting("path.data", this.data.toString()));
	}

	public void stop() {
		this.node.close();
	}

	/**
	 * Sends a signal to the node's processes: {@code STOP} freezes it, {@code CONT} thaws
	 * it.
	 */
	public void signal(String signal) {
		for (ProcessHandle process : this.node.processes()) {
			try {
				Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
				if (kill.waitFor() != 0) {
					throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Stops the node and deletes its data. */
	@Override
	public void close() throws IOException {
		this.node.close();
		try (Stream<Path> paths = Files.walk(this.data)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
