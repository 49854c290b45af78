package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A merge takes the whole set of shards of one input, each once, or says why not. */
class ShardSetTest {
    private static ShardSet.Member member(String from, String version, int i, int n, String input) {
        return new ShardSet.Member(from, version, new ShardPlan(i, n), input);
    }

    private static String refusal(Executable e) {
        return assertThrows(ShardSet.Refused.class, e).getMessage();
    }

    @Test
    void takesAWholeSetInAnyOrder() throws Exception {
        ShardSet.check(List.of(member("s3", "1.0", 3, 3, "x"), member("s1", "1.0", 1, 3, "x"), member("s2", "1.0", 2, 3, "x")));
        ShardSet.check(List.of(member("s1", "1.0", 1, 1, "x")));
    }

    @Test
    void refusesShardsOfAnotherInput() {
        assertEquals("'s1' (shard 1/2) and 's2' (shard 2/2) were made from different inputs (content, configuration, templates "
                + "or options differ): make every shard from the same input",
                refusal(() -> ShardSet.check(List.of(member("s1", "1.0", 1, 2, "x"), member("s2", "1.0", 2, 2, "y")))));
    }

    @Test
    void refusesShardsOfAnotherVersionOrCount() {
        assertEquals("'s1' was made by Tolk 1.0 and 's2' by Tolk 1.1: make every shard with the same Tolk",
                refusal(() -> ShardSet.check(List.of(member("s1", "1.0", 1, 2, "x"), member("s2", "1.1", 2, 2, "x")))));
        assertEquals("'s1' is shard 1/2 and 's2' shard 2/3: the shards of one site are shards of one count",
                refusal(() -> ShardSet.check(List.of(member("s1", "1.0", 1, 2, "x"), member("s2", "1.0", 2, 3, "x")))));
    }

    @Test
    void refusesAShardTwiceOrMissing() {
        assertEquals("shard 1/2 is given twice: 'a' and 'b'",
                refusal(() -> ShardSet.check(List.of(member("a", "1.0", 1, 2, "x"), member("b", "1.0", 1, 2, "x")))));
        assertEquals("shards 2/4, 4/4 are missing (given: 1/4, 3/4)",
                refusal(() -> ShardSet.check(List.of(member("a", "1.0", 1, 4, "x"), member("b", "1.0", 3, 4, "x")))));
        assertEquals("no shards given", refusal(() -> ShardSet.check(List.of())));
    }
}
