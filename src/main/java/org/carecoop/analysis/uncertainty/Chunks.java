package org.carecoop.analysis.uncertainty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Runs work over rows 0..n-1 in fixed chunks, on several threads, and merges the chunks' results in chunk
 * order. The chunks and the order of merging depend only on n and the chunk size, never on the number of
 * threads or on which thread finishes first, so floating-point results (means merged chunk by chunk) come
 * out the same to the last digit on one thread or many. At most two chunks per thread are in flight, so
 * memory does not grow with n.
 */
public final class Chunks {
    private Chunks() {}

    /** The work on one chunk of rows [from, to). */
    @FunctionalInterface
    public interface Work<R> {
        R run(long from, long to);
    }

    /** The work on one chunk of rows [from, to), with the state of the worker doing it. */
    @FunctionalInterface
    public interface WorkerWork<W, R> {
        R run(W worker, long from, long to);
    }

    /**
     * What a run with worker states gives.
     *
     * @param result  the chunks' results merged in chunk order; null when n is 0
     * @param workers every worker's state, in no particular order
     */
    public record Done<W, R>(R result, List<W> workers) {}

    /**
     * @param n         rows in all
     * @param chunkSize rows per chunk (the last may be shorter)
     * @param threads   threads to use; 1 runs everything on the caller's thread
     * @param work      the work on one chunk, safe to run on several threads at once
     * @param merge     combines the results so far with the next chunk's (may update and return its first argument)
     * @param progress  told the rows done so far after each chunk is merged (may be null)
     * @return the merged result; null when n is 0
     */
    public static <R> R run(long n, int chunkSize, int threads, Work<R> work, BinaryOperator<R> merge, LongConsumer progress) {
        return run(n, chunkSize, threads, () -> null, (Object worker, long from, long to) -> work.run(from, to), merge,
                progress).result();
    }

    /**
     * As {@link #run(long, int, int, Work, BinaryOperator, LongConsumer)}, with a state per worker: working
     * arrays a chunk may reuse, or statistics whose combined value does not depend on which worker counted
     * what (whole-number counts, say). There are at most {@code threads} workers, each running one chunk at
     * a time; which chunks a worker runs depends on timing, so anything whose digits depend on the order of
     * the runs belongs in the chunks' results, which are merged in chunk order.
     *
     * @param newWorker makes the state of a new worker (called on the thread that will use it first)
     */
    public static <W, R> Done<W, R> run(long n, int chunkSize, int threads, Supplier<W> newWorker, WorkerWork<W, R> work,
                                        BinaryOperator<R> merge, LongConsumer progress) {
        if (n < 0 || chunkSize < 1 || threads < 1) {
            throw new IllegalArgumentException("rows, chunk size and threads must be positive");
        }
        Workers<W> workers = new Workers<>(newWorker);
        long chunks = (n + chunkSize - 1) / chunkSize;
        if (threads == 1 || chunks <= 1) {
            R result = null;
            for (long c = 0; c < chunks; c++) {
                long from = c * chunkSize;
                long to = Math.min(n, from + chunkSize);
                R part = workers.run(work, from, to);
                result = result == null ? part : merge.apply(result, part);
                if (progress != null) {
                    progress.accept(to);
                }
            }
            return new Done<>(result, workers.all());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "carecoop-runs");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            long next = 0;
            R result = null;
            for (long merged = 0; merged < chunks; merged++) {
                while (next < chunks && inFlight.size() < 2 * threads) {
                    long from = next * chunkSize;
                    long to = Math.min(n, from + chunkSize);
                    inFlight.addLast(pool.submit(() -> workers.run(work, from, to)));
                    next++;
                }
                R part = await(inFlight.removeFirst());
                result = result == null ? part : merge.apply(result, part);
                if (progress != null) {
                    progress.accept(Math.min(n, (merged + 1) * chunkSize));
                }
            }
            return new Done<>(result, workers.all());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The workers' states: an idle one is lent to each chunk and given back after it. */
    private static final class Workers<W> {
        private final Supplier<W> make;
        private final List<W> idle = new ArrayList<>();
        private final List<W> all = new ArrayList<>();

        Workers(Supplier<W> make) {
            this.make = make;
        }

        <R> R run(WorkerWork<W, R> work, long from, long to) {
            W worker = take();
            try {
                return work.run(worker, from, to);
            } finally {
                give(worker);
            }
        }

        private W take() {
            synchronized (this) {
                if (!idle.isEmpty()) {
                    return idle.remove(idle.size() - 1);
                }
            }
            W made = make.get();
            synchronized (this) {
                all.add(made);
            }
            return made;
        }

        private synchronized void give(W worker) {
            idle.add(worker);
        }

        synchronized List<W> all() {
            return new ArrayList<>(all);
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
