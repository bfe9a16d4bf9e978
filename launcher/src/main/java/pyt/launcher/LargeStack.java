package pyt.launcher;

import java.util.concurrent.Callable;

/**
 * Runs a Python program on a thread with a large Java stack. An AST interpreter uses many Java
 * frames per Python call, and the default 8 MB (main thread) or 1 MB (other threads) stacks end
 * in a {@link StackOverflowError} well before CPython's recursion limit of 1000. The stack is
 * only reserved address space; the pages are committed as the program recurses.
 *
 * <p>The size can be changed with {@code -Dpyt.stackSize=512m} (from the pyt script: {@code --vm.Dpyt.stackSize=512m}) (suffixes k, m, g).
 */
final class LargeStack {
    static final long DEFAULT_STACK_SIZE = 64L << 20;

    private LargeStack() {
    }

    static long stackSize() {
        String prop = System.getProperty("pyt.stackSize");
        if (prop == null || prop.isBlank()) {
            return DEFAULT_STACK_SIZE;
        }
        String s = prop.trim().toLowerCase();
        long unit = 1;
        switch (s.charAt(s.length() - 1)) {
            case 'k' -> unit = 1L << 10;
            case 'm' -> unit = 1L << 20;
            case 'g' -> unit = 1L << 30;
            default -> {
            }
        }
        if (unit != 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Long.parseLong(s) * unit;
        } catch (NumberFormatException e) {
            return DEFAULT_STACK_SIZE;
        }
    }

    /** Runs {@code task} on a fresh large-stack thread and waits for it. */
    static int run(String threadName, Callable<Integer> task) {
        return run(threadName, task, null);
    }

    /**
     * Runs {@code task} on a fresh large-stack thread and waits for it. If the waiting thread is
     * interrupted (a test timing out), {@code onInterrupt} is called once to stop the task (e.g.
     * by cancelling its context), and the wait goes on for a few seconds at most.
     */
    static int run(String threadName, Callable<Integer> task, Runnable onInterrupt) {
        int[] result = new int[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = task.call();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, threadName, stackSize());
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                if (interrupted) {
                    thread.join(5000);
                    if (thread.isAlive()) {
                        Thread.currentThread().interrupt();
                        return ExceptionReporter.EXIT_KEYBOARD_INTERRUPT;
                    }
                } else {
                    thread.join();
                }
                break;
            } catch (InterruptedException e) {
                if (!interrupted && onInterrupt != null) {
                    onInterrupt.run();
                }
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        } else if (failure[0] instanceof Error err) {
            throw err;
        } else if (failure[0] != null) {
            throw new RuntimeException(failure[0]);
        }
        return result[0];
    }
}
