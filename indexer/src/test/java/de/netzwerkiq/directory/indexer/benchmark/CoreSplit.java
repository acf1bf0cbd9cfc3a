package de.netzwerkiq.directory.indexer.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Gives the local Elasticsearch node and this JVM cores of their own with
 * {@code taskset}, as in production, where the cluster runs on its own machines and the
 * indexer (the CLI, an API instance) elsewhere. On a machine whose cores both share,
 * every core-second the indexer spends reading and validating is taken from
 * Elasticsearch, which a plain {@code _bulk} of prepared documents never pays; split, the
 * benchmark shows whether the indexer keeps the cluster as busy as a plain sender does.
 * Closing gives every process all cores back.
 */
final class CoreSplit implements AutoCloseable {

	private final List<Long> pids;

	private final String allCores;

	private CoreSplit(List<Long> pids, String allCores) {
		this.pids = pids;
		this.allCores = allCores;
	}

	/**
	 * The node's processes (children of this JVM: the local node started by the test
	 * support) on all cores but the last, this JVM on the last; empty, with the reason
	 * printed, where that cannot be done (one core, an external cluster or a container,
	 * no {@code taskset}).
	 */
	static Optional<CoreSplit> apply() {
		int cores = Runtime.getRuntime().availableProcessors();
		List<Long> node = ProcessHandle.current().descendants().map(ProcessHandle::pid).toList();
		if (cores < 2 || node.isEmpty()) {
			System.out.printf(
					"Cores not split: %d core(s), %d child process(es) of this JVM (a local node is needed)%n", cores,
					node.size());
			return Optional.empty();
		}
		String clusterCores = (cores == 2) ? "0" : "0-" + (cores - 2);
		String ownCore = String.valueOf(cores - 1);
		// Every process pinned so far is listed, so a failure half-way gives them back.
		CoreSplit split = new CoreSplit(new ArrayList<>(), "0-" + (cores - 1));
		try {
			for (long pid : node) {
				split.pin(clusterCores, pid);
			}
			split.pin(ownCore, ProcessHandle.current().pid());
		}
		catch (IOException ex) {
			System.out.println("Cores not split: " + ex.getMessage());
			try {
				split.close();
			}
			catch (IOException again) {
				ex.addSuppressed(again);
				System.out.println("Cores not given back: " + again.getMessage());
			}
			return Optional.empty();
		}
		System.out.printf("Cores split: Elasticsearch on %s, the benchmark JVM (indexer, plain sender) on %s%n",
				clusterCores, ownCore);
		return Optional.of(split);
	}

	private void pin(String cores, long pid) throws IOException {
		taskset(cores, pid);
		this.pids.add(pid);
	}

	@Override
	public void close() throws IOException {
		for (long pid : this.pids) {
			if (ProcessHandle.of(pid).isPresent()) {
				taskset(this.allCores, pid);
			}
		}
	}

	/** Every thread of the process; threads started later inherit it. */
	private static void taskset(String cores, long pid) throws IOException {
		Process process = new ProcessBuilder("taskset", "--all-tasks", "--cpu-list", "--pid", cores,
				String.valueOf(pid))
			.redirectErrorStream(true)
			.start();
		try {
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException("taskset " + cores + " " + pid + " failed: " + output.strip());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running taskset", ex);
		}
	}

}
