package org.carecoop.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunked runs give the same digits on any number of threads, and pass errors on as they were. */
class ChunksTest {

    private static Moments run(int threads, List<Long> progress) {
        RandomSampler sampler = new RandomSampler(2, 77);
        UncertainInputs inputs = UncertainInputs.of(List.of("a", "b"), List.of(LogNormal.of(100, 40), Pert.of(0, 3, 4)));
        return Chunks.run(50_000, 1_000, threads, (from, to) -> {
            Moments m = new Moments();
            for (double[] u : sampler.rows(from, to)) {
                double[] x = inputs.values(u);
                m.add(x[0] * x[1]);
            }
            return m;
        }, Moments::merge, progress::add);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        List<Long> progress = new ArrayList<>();
        Moments one = run(1, progress);
        assertThat(progress).hasSize(50).endsWith(50_000L);
        for (int threads : new int[] {2, 3, 8}) {
            Moments many = run(threads, new ArrayList<>());
            // bit for bit, not merely close
            assertThat(many.mean()).isEqualTo(one.mean());
            assertThat(many.variance()).isEqualTo(one.variance());
            assertThat(many.count()).isEqualTo(50_000);
        }
    }

    @Test
    void anErrorInAChunkReachesTheCallerUnchanged() {
        assertThatThrownBy(() -> Chunks.run(10_000, 100, 4, (from, to) -> {
            if (from == 5_000) {
                throw new IllegalArgumentException("the plan ran out of months");
            }
            return 1L;
        }, Long::sum, null)).isInstanceOf(IllegalArgumentException.class).hasMessage("the plan ran out of months");
        assertThat(Chunks.run(10_000, 100, 4, (from, to) -> to - from, Long::sum, null)).isEqualTo(10_000L);
        assertThat(Chunks.<Long>run(0, 100, 4, (from, to) -> to - from, Long::sum, null)).isNull();
    }

    @Test
    void workersKeepTheirStateAndThereAreNoMoreThanThreads() {
        // 10,000 rows in chunks of 100: each worker counts the rows it ran (its state); the chunk results are the
        // chunk sizes, merged in order. Whatever the split among workers, their counts add up to 10,000.
        for (int threads : new int[] {1, 2, 4}) {
            Chunks.Done<long[], Long> done = Chunks.run(10_000, 100, threads, () -> new long[1], (worker, from, to) -> {
                worker[0] += to - from;
                return to - from;
            }, Long::sum, null);
            assertThat(done.result()).isEqualTo(10_000L);
            assertThat(done.workers()).hasSizeBetween(1, threads);
            assertThat(done.workers().stream().mapToLong(w -> w[0]).sum()).isEqualTo(10_000L);
        }
    }
}
