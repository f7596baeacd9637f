package org.carepay.crash;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * The kills of one pass through the cycle, drawn from a seed so that a failure replays: which steps, what dies
 * (the JVM most often, the database server or one backend otherwise) and when. Several kills drawn for one step
 * hit the command, then whatever the operator runs to recover it.
 */
final class CrashPlan {

    private final Random random;

    CrashPlan(long seed) {
        this.random = new Random(seed);
    }

    /** The kills of a pass over {@code steps} steps, by step. */
    List<Deque<Kill>> pass(int steps, int kills) {
        List<Deque<Kill>> plan = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            plan.add(new ArrayDeque<>());
        }
        for (int k = 0; k < kills; k++) {
            plan.get(random.nextInt(steps)).add(kill());
        }
        return plan;
    }

    private Kill kill() {
        int draw = random.nextInt(10);
        Kill.Target target = draw < 6 ? Kill.Target.JVM : draw < 8 ? Kill.Target.SERVER : Kill.Target.BACKEND;
        // Two kills in three land in the work itself; the rest anywhere in the command's life, start-up included.
        return new Kill(target, random.nextInt(3) > 0, random.nextDouble());
    }

    /** Picks one of the candidates (a backend to kill). */
    <T> T pick(List<T> candidates) {
        return candidates.get(random.nextInt(candidates.size()));
    }
}
