package dev.tolk.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * Orders the test classes so that the two test threads start with the {@link Costly} ones, the
 * costliest first, and end with short classes: a long class that starts last would run alone at
 * the end, one core idle. JUnit's fork-join executor hands the classes out from both ends of the
 * list (one thread takes the first, the other the last, and each works inward), so the costly
 * classes are dealt to the two ends in turn and the others keep their order in the middle.
 * Classes without {@link Costly} keep the order they were found in. Only the order changes; if
 * JUnit ever hands classes out otherwise, the run takes longer and still tests the same.
 */
public final class CostliestFirst implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<ClassDescriptor> costly = new ArrayList<>();
        List<ClassDescriptor> others = new ArrayList<>();
        for (ClassDescriptor c : context.getClassDescriptors()) {
            (c.findAnnotation(Costly.class).isPresent() ? costly : others).add(c);
        }
        costly.sort(Comparator.comparingInt((ClassDescriptor c) -> c.findAnnotation(Costly.class).orElseThrow().seconds()).reversed());
        Deque<ClassDescriptor> head = new ArrayDeque<>();
        Deque<ClassDescriptor> tail = new ArrayDeque<>();
        for (int i = 0; i < costly.size(); i++) {
            if (i % 2 == 0) head.addLast(costly.get(i)); // the first, third, ... from the front
            else tail.addFirst(costly.get(i)); // the second, fourth, ... from the back
        }
        List<ClassDescriptor> ordered = new ArrayList<>(head);
        ordered.addAll(others);
        ordered.addAll(tail);
        context.getClassDescriptors().sort(Comparator.comparingInt(ordered::indexOf));
    }
}
