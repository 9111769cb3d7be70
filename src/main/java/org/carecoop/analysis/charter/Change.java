package org.carecoop.analysis.charter;

/**
 * One change to a plan that meets a requirement, by parameter path, as {@code --set PATH=VALUE} would make it
 * (an empty value puts the default back).
 *
 * @param why what the change does, in words
 */
public record Change(String path, String value, String why) {
    /** The change as a {@code --set} override. */
    public String override() {
        return path + "=" + value;
    }
}
