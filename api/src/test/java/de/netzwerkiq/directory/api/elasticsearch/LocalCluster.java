package de.netzwerkiq.directory.api.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.netzwerkiq.directory.localnode.LocalElasticsearchNode;
import de.netzwerkiq.directory.localnode.LocalNodeSettings;

/**
 * A real cluster of several local nodes from the same distribution, on fixed ports with
 * data that survives a kill: a node killed with SIGKILL comes back as itself (same name,
 * ports and data) and rejoins. For tests that take nodes away under the API; such a test
 * needs a JVM of its own.
 */
final class LocalCluster implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Member> members;

	private LocalCluster(List<Member> members) {
		this.members = members;
	}

	/**
	 * Starts the nodes together (each start waits for a formed, at least yellow cluster).
	 */
	static LocalCluster start(String name, int size, String heap) {
		Set<Integer> taken = new HashSet<>();
		List<Member> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			members.add(new Member(name + "-" + i, freePort(taken), freePort(taken), dataDirectory(name + "-" + i)));
		}
		String seeds = members.stream()
			.map((member) -> "127.0.0.1:" + member.transportPort)
			.collect(Collectors.joining(","));
		String masters = members.stream().map((member) -> member.name).collect(Collectors.joining(","));
		for (Member member : members) {
			member.settings = LocalNodeSettings.defaults()
				.withHeap(heap)
				.withStartupTimeout(Duration.ofSeconds(150))
				.withSetting("discovery.type", "multi-node")
				.withSetting("node.name", member.name)
				.withSetting("discovery.seed_hosts", seeds)
				.withSetting("cluster.initial_master_nodes", masters)
				.withSetting("http.port", String.valueOf(member.httpPort))
				.withSetting("transport.port", String.valueOf(member.transportPort))
				.withSetting("path.data", member.data.toString());
		}
		LocalCluster cluster = new LocalCluster(members);
		try {
			List<CompletableFuture<Void>> starts = new ArrayList<>();
			for (Member member : members) {
				// A thread each: the first start waits for the others to form the
				// cluster.
				starts.add(CompletableFuture.runAsync(member::start, (task) -> new Thread(task).start()));
			}
			CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
		}
		catch (RuntimeException ex) {
			cluster.close();
			throw ex;
		}
		return cluster;
	}

	List<URI> uris() {
		return this.members.stream().map(Member::uri).toList();
	}

	List<String> names() {
		return this.members.stream().map((member) -> member.name).toList();
	}

	/** The elected master's name, as a running node sees it. */
	String master() {
		return get(running().uri(), "/_cat/master?h=node").strip();
	}

	/**
	 * The node of that name killed with SIGKILL: no goodbye to the cluster or clients.
	 */
	void kill(String name) {
		member(name).kill();
	}

	/**
	 * The node of that name stopped with SIGSTOP: its sockets stay open and take
	 * requests, but nothing answers (a long GC pause, a hung disk, a VM paused by its
	 * host), until {@link #thaw}.
	 */
	void freeze(String name) {
		member(name).signal("STOP");
	}

	/** A frozen node going on with SIGCONT. */
	void thaw(String name) {
		member(name).signal("CONT");
	}

	/** The killed node started again as itself; returns once it is up. */
	void restart(String name) {
		member(name).start();
	}

	/**
	 * Waits (bounded) until a running node sees the given number of nodes and the given
	 * health, and returns the health answer.
	 */
	String awaitHealth(int nodes, String status, Duration timeout) {
		return get(running().uri(), "/_cluster/health?wait_for_nodes=" + nodes + "&wait_for_status=" + status
				+ "&wait_for_no_initializing_shards=true&timeout=" + timeout.toSeconds() + "s");
	}

	private Member running() {
		return this.members.stream()
			.filter((member) -> member.node != null && member.node.isRunning())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No node of the cluster is running"));
	}

	private Member member(String name) {
		return this.members.stream()
			.filter((member) -> member.name.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No node " + name));
	}

	static String get(URI node, String path) {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(90)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"GET " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Stops every node and deletes the data. */
	@Override
	public void close() {
		this.members.parallelStream().forEach(Member::close);
	}

	private static Path dataDirectory(String name) {
		try {
			// The node runs as nobody when the tests run as root; /tmp is open to it.
			Path data = Files.createTempDirectory("iq-" + name + "-data");
			Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
			return data;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A free port below Linux's ephemeral range, so that no outgoing connection takes it
	 * before the node binds it (see RestartableNode).
	 */
	private static int freePort(Set<Integer> taken) {
		Random random = new Random();
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = 20_000 + random.nextInt(12_000);
			if (taken.contains(port)) {
				continue;
			}
			try (ServerSocket socket = new ServerSocket()) {
				socket.bind(new InetSocketAddress("127.0.0.1", port));
				taken.add(port);
				return port;
			}
			catch (IOException busy) {
				// Try another.
			}
		}
		throw new IllegalStateException("No free port between 20000 and 32000");
	}

	private static final class Member {

		private final String name;

		private final int httpPort;

		private final int transportPort;

		private final Path data;

		private LocalNodeSettings settings;

		private volatile LocalElasticsearchNode node;

		Member(String name, int httpPort, int transportPort, Path data) {
			this.name = name;
			this.httpPort = httpPort;
			this.transportPort = transportPort;
			this.data = data;
		}

		URI uri() {
			return URI.create("http://127.0.0.1:" + this.httpPort);
		}

		void start() {
			this.node = LocalElasticsearchNode.start(this.settings);
		}

		void kill() {
			LocalElasticsearchNode killed = this.node;
			List<ProcessHandle> processes = killed.processes();
			// The server JVM first, so that it gets no chance to leave the cluster
			// politely.
			processes.stream().skip(1).forEach(ProcessHandle::destroyForcibly);
			processes.stream().limit(1).forEach(ProcessHandle::destroyForcibly);
			processes.forEach((process) -> process.onExit().join());
			// Releases the launcher's bookkeeping; the data (outside its run folder)
			// stays.
			killed.close();
		}

		void signal(String signal) {
			List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
			this.node.processes().forEach((process) -> command.add(String.valueOf(process.pid())));
			try {
				int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
				if (exit != 0) {
					throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
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

		void close() {
			if (this.node != null) {
				this.node.close();
			}
			try (Stream<Path> paths = Files.walk(this.data)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				// Left in /tmp.
			}
		}

	}

}
