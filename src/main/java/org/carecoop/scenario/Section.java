package org.carecoop.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes a block of the scenario format, and for list items, which key names an item in a path. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Section {
    String doc();

    /**
     * Keys that name an item of a list in a parameter path, first one present wins: with
     * {@code {"name", "stream"}} a client stream is {@code clients[council]}, or
     * {@code clients[rural]} when it has {@code name: rural}.
     */
    String[] keyedBy() default {};
}
