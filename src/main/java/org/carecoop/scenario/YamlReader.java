package org.carecoop.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML 1.2 text into a {@link Node} tree with a line and column for every value, refusing
 * what a scenario cannot be: binary or non-UTF-8 files, files over the size limit, duplicate keys,
 * very deep nesting, and more than one document.
 */
public final class YamlReader {
    /** Larger than any real scenario by far; protects against pasting the wrong file. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Deeper nesting than any scenario needs; protects the reader's stack. */
    public static final int MAX_DEPTH = 64;

    private YamlReader() {}

    /** Reads a scenario file; every failure is a {@link ScenarioException} naming the file. */
    public static Node readFile(Path path) {
        return readFile(path, path.toString());
    }

    /** Reads a scenario file, naming it {@code name} in messages. */
    public static Node readFile(Path path, String name) {
        Source whole = new Source(name, 1, 1);
        if (Files.isDirectory(path)) {
            throw ScenarioException.of(Source.commandLine(name), "", "is a folder, not a scenario file",
                    "a .yaml file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw ScenarioException.of(whole, "", "file is " + size / (1024 * 1024) + " MB, over the "
                        + MAX_BYTES / (1024 * 1024) + " MB limit for a scenario", "a scenario YAML file");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw ScenarioException.of(Source.commandLine(name), "", "file not found", "an existing .yaml file");
        } catch (IOException e) {
            throw ScenarioException.of(Source.commandLine(name), "", "cannot be read: " + e.getMessage(),
                    "a readable .yaml file");
        }
        return readBytes(name, bytes);
    }

    static Node readBytes(String name, byte[] bytes) {
        Source whole = new Source(name, 1, 1);
        for (byte b : bytes) {
            if (b == 0) {
                throw ScenarioException.of(whole, "", "this is a binary file, not a scenario", "a YAML text file");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ScenarioException.of(whole, "", "the file is not UTF-8 text",
                    "save it as UTF-8 (plain text) from your editor");
        }
        return readText(name, text);
    }

    /** Reads YAML text; {@code name} is used in messages (a file name or an origin like {@code --set}). */
    public static Node readText(String name, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        checkDepth(name, text);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit((int) MAX_BYTES)
                .setUseMarks(true)
                .build();
        try {
            Iterable<org.snakeyaml.engine.v2.nodes.Node> documents = new Compose(settings).composeAllFromString(text);
            List<org.snakeyaml.engine.v2.nodes.Node> all = new ArrayList<>();
            for (org.snakeyaml.engine.v2.nodes.Node document : documents) {
                all.add(document);
                if (all.size() > 1) {
                    throw ScenarioException.of(source(name, document.getStartMark()), "",
                            "a second YAML document (---) was found", "one scenario per file");
                }
            }
            if (all.isEmpty()) {
                throw ScenarioException.of(new Source(name, 1, 1), "", "the file is empty",
                        "a scenario; 'carecoop init FILE' writes a starter");
            }
            return convert(name, all.get(0), 0);
        } catch (MarkedYamlEngineException e) {
            throw ScenarioException.of(source(name, e.getProblemMark().or(e::getContextMark)), "",
                    "YAML syntax: " + describe(e), hint(e));
        } catch (YamlEngineException e) {
            throw ScenarioException.of(new Source(name, 1, 1), "", "YAML syntax: " + firstLine(e.getMessage()), "");
        } catch (StackOverflowError e) {
            throw ScenarioException.of(new Source(name, 1, 1), "", "nesting is too deep",
                    "at most " + MAX_DEPTH + " levels");
        }
    }

    /** Counts indentation and bracket depth before parsing, so a hostile file cannot exhaust the stack. */
    private static void checkDepth(String name, String text) {
        int brackets = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '[' || c == '{') {
                brackets++;
                if (brackets > MAX_DEPTH) {
                    throw ScenarioException.of(new Source(name, line, 1), "", "nesting is too deep",
                            "at most " + MAX_DEPTH + " levels");
                }
            } else if (c == ']' || c == '}') {
                brackets = Math.max(0, brackets - 1);
            }
        }
    }

    private static Node convert(String name, org.snakeyaml.engine.v2.nodes.Node node, int level) {
        Source where = source(name, node.getStartMark());
        if (level > MAX_DEPTH) {
            throw ScenarioException.of(where, "", "nesting is too deep", "at most " + MAX_DEPTH + " levels");
        }
        if (node instanceof ScalarNode scalar) {
            return new Node.Scalar(scalar.getValue(), typeOf(scalar), where);
        }
        if (node instanceof SequenceNode seq) {
            List<Node> items = new ArrayList<>();
            for (org.snakeyaml.engine.v2.nodes.Node item : seq.getValue()) {
                items.add(convert(name, item, level + 1));
            }
            return new Node.ListNode(items, where);
        }
        MappingNode map = (MappingNode) node;
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Source keySource = source(name, tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw ScenarioException.of(keySource, "", "a key must be a plain word", "key: value");
            }
            String key = keyNode.getValue();
            if ("<<".equals(key)) {
                throw ScenarioException.of(keySource, "", "YAML merge keys (<<) are not supported",
                        "use 'extends: base.yaml' or write the keys out");
            }
            if (entries.containsKey(key)) {
                Source first = entries.get(key).keySource();
                throw ScenarioException.of(keySource, key, "duplicate key (first written at line "
                        + first.line() + ")", "each key once per block");
            }
            entries.put(key, new Node.Entry(key, keySource, convert(name, tuple.getValueNode(), level + 1)));
        }
        return new Node.MapNode(entries, where);
    }

    private static Node.Scalar.Type typeOf(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag)) {
            return Node.Scalar.Type.INTEGER;
        }
        if (Tag.FLOAT.equals(tag)) {
            return Node.Scalar.Type.DECIMAL;
        }
        if (Tag.BOOL.equals(tag)) {
            return Node.Scalar.Type.BOOLEAN;
        }
        if (Tag.NULL.equals(tag)) {
            return Node.Scalar.Type.NULL;
        }
        return Node.Scalar.Type.TEXT;
    }

    private static Source source(String name, Optional<Mark> mark) {
        return mark.map(m -> new Source(name, m.getLine() + 1, m.getColumn() + 1)).orElse(new Source(name, 1, 1));
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (problem.contains("'\\t'") || problem.contains("\t")) {
            return "a tab character is used for indentation";
        }
        String context = e.getContext();
        return context == null ? problem : context + ", " + problem;
    }

    private static String hint(MarkedYamlEngineException e) {
        String text = String.valueOf(e.getProblem()) + " " + e.getContext();
        if (text.contains("\\t") || text.contains("\t")) {
            return "indent with spaces, never tabs";
        }
        if (text.contains("quote") || text.contains("scalar")) {
            return "close every quote you open";
        }
        if (text.contains("flow sequence") || text.contains("flow mapping")) {
            return "close every [ with ] and every { with }";
        }
        if (text.contains("mapping values")) {
            return "one 'key: value' per line; put text containing ': ' in quotes";
        }
        return "check the indentation and punctuation around this place";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
