package dev.tolk.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;

/**
 * What a template may call on a Java object the object wrapper hands it: a record's component
 * accessors ({@code page.frame}, {@code page.frame()}), and nothing else of any class, no
 * constructor, no field. Why: the view models are records, and FreeMarker's default policy,
 * which only forbids a list of dangerous members, still let a template go from any record to
 * {@code getClass()} and print where Tolk runs from ({@code getProtectionDomain()}). Strings,
 * numbers, lists and maps are wrapped without Java methods at all ({@code ?api} is off).
 */
final class ViewModelAccessPolicy implements MemberAccessPolicy {
    /**
     * The one policy (it holds nothing): FreeMarker shares an object wrapper, and its class
     * introspection, between configurations whose settings are equal, policy included.
     */
    static final ViewModelAccessPolicy INSTANCE = new ViewModelAccessPolicy();
    private static final ClassMemberAccessPolicy NOTHING = new Components(Set.of());

    private ViewModelAccessPolicy() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        if (!type.isRecord()) return NOTHING;
        Set<String> accessors = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) accessors.add(c.getAccessor().getName());
        return new Components(Set.copyOf(accessors));
    }

    /** {@code ${record}} prints its {@code toString()}, as before (a template bug shows, rather than failing the page). */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }

    private record Components(Set<String> accessors) implements ClassMemberAccessPolicy {
        @Override
        public boolean isMethodExposed(Method method) {
            return method.getParameterCount() == 0 && accessors.contains(method.getName());
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    }
}
