package org.carecoop.statutory;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Finds the constant an enum's file key names, the one way every table key is matched. */
final class Keys {
    private Keys() {}

    /** The constant whose key is {@code text}, ignoring case and surrounding blanks; empty for anything else. */
    static <E> Optional<E> find(E[] values, Function<E, String> key, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E value : values) {
            if (key.apply(value).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
