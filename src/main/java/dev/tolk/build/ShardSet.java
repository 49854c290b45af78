package dev.tolk.build;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a merge takes: the shards of one site, all of them, each once, built by one Tolk from one
 * input ({@link InputFingerprint}). Holds for the folders of {@code tolk build --shard} and for
 * the JSON reports of {@code tolk check --shard} alike.
 */
public final class ShardSet {
    /** One shard as it says of itself, and where it was read from (as the user named it). */
    public record Member(String from, String version, ShardPlan plan, String input) {
    }

    /** Shards that cannot be merged: the message says which and why. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private ShardSet() {
    }

    /** Refuses {@code members} unless they are the whole set of shards of one input. */
    public static void check(List<Member> members) throws Refused {
        if (members.isEmpty()) throw new Refused("no shards given");
        Member first = members.get(0);
        Member[] byIndex = new Member[first.plan().count() + 1];
        for (Member m : members) {
            if (!m.version().equals(first.version())) {
                throw new Refused("'" + first.from() + "' was made by Tolk " + first.version() + " and '" + m.from() + "' by Tolk "
                        + m.version() + ": make every shard with the same Tolk");
            }
            if (m.plan().count() != first.plan().count()) {
                throw new Refused("'" + first.from() + "' is shard " + first.plan() + " and '" + m.from() + "' shard " + m.plan()
                        + ": the shards of one site are shards of one count");
            }
            if (!m.input().equals(first.input())) {
                throw new Refused("'" + first.from() + "' (shard " + first.plan() + ") and '" + m.from() + "' (shard " + m.plan()
                        + ") were made from different inputs (content, configuration, templates or options differ): "
                        + "make every shard from the same input");
            }
            Member twice = byIndex[m.plan().index()];
            if (twice != null) {
                throw new Refused("shard " + m.plan() + " is given twice: '" + twice.from() + "' and '" + m.from() + "'");
            }
            byIndex[m.plan().index()] = m;
        }
        List<String> missing = new ArrayList<>();
        TreeSet<String> given = new TreeSet<>();
        for (int i = 1; i < byIndex.length; i++) {
            if (byIndex[i] == null) missing.add(i + "/" + first.plan().count());
        }
        if (!missing.isEmpty()) {
            for (Member m : members) given.add(m.plan().toString());
            throw new Refused((missing.size() == 1 ? "shard " : "shards ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing (given: " + String.join(", ", given) + ")");
        }
    }
}
