package kam.bench;

import java.util.ArrayList;
import java.util.List;

/** Runs the same work on n threads and waits for all of them. */
final class Workers {
    private Workers() {}

    static void run(int n, Runnable work) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread thread = new Thread(work, "bench-worker-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
