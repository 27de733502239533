package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API line: what the module exports names only exported types. A public method of an exported
 * class that takes or returns a stage's internal type would hand callers outside the module a type
 * they cannot use (javac's exports lint says the same at compile time; this test fails the build).
 */
class ApiLineTest {

    private static final Set<String> EXPORTED = Set.of("org.careerguide", "org.careerguide.model",
            "org.careerguide.serve", "org.careerguide.scaffold", "org.careerguide.csv");

    @Test
    void theModuleExportsExactlyTheApiPackages() {
        Module module = Generator.class.getModule();
        if (module.isNamed()) {
            assertEquals(EXPORTED, module.getDescriptor().exports().stream()
                    .map(ModuleDescriptor.Exports::source).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void exportedSignaturesNameNoInternalType() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : exportedPublicTypes()) {
            List<Type> used = new ArrayList<>();
            if (type.getGenericSuperclass() != null) {
                used.add(type.getGenericSuperclass());
            }
            used.addAll(List.of(type.getGenericInterfaces()));
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && !method.isSynthetic()) {
                    used.add(method.getGenericReturnType());
                    used.addAll(List.of(method.getGenericParameterTypes()));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers())) {
                    used.addAll(List.of(constructor.getGenericParameterTypes()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers())) {
                    used.add(field.getGenericType());
                }
            }
            for (Type use : used) {
                internalTypes(use, new ArrayList<>()).forEach(internal -> leaks.add(type.getName() + " -> " + internal));
            }
        }
        assertTrue(leaks.isEmpty(), "exported signatures naming internal types: " + leaks);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The careerguide types in {@code type} (its type arguments too) that the module does not export. */
    private static List<String> internalTypes(Type type, List<String> found) {
        if (type instanceof Class<?> plain) {
            Class<?> element = plain;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            String pkg = element.getPackageName();
            if (pkg.startsWith("org.careerguide") && !EXPORTED.contains(pkg)) {
                found.add(element.getName());
            }
        } else if (type instanceof ParameterizedType parameterized) {
            internalTypes(parameterized.getRawType(), found);
            for (Type argument : parameterized.getActualTypeArguments()) {
                internalTypes(argument, found);
            }
        } else if (type instanceof WildcardType wildcard) {
            Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
                    .forEach(bound -> internalTypes(bound, found));
        } else if (type instanceof GenericArrayType array) {
            internalTypes(array.getGenericComponentType(), found);
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    internalTypes(bound, found);
                }
            }
        }
        return found;
    }

    /** The public classes (nested ones too) of the exported packages, from the compiled classes. */
    private static List<Class<?>> exportedPublicTypes() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : EXPORTED) {
            Path folder = classes.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals("package-info.class") || name.equals("module-info.class")) {
                        continue;
                    }
                    Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 6), false,
                            ApiLineTest.class.getClassLoader());
                    if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
                            && publiclyReachable(type)) {
                        types.add(type);
                    }
                }
            }
        }
        assertTrue(types.size() > 10, "found the exported types in " + classes.toAbsolutePath());
        return types;
    }

    private static boolean publiclyReachable(Class<?> type) {
        for (Class<?> outer = type.getDeclaringClass(); outer != null; outer = outer.getDeclaringClass()) {
            if (!Modifier.isPublic(outer.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
