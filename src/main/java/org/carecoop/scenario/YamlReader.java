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
    /**
     * More values than any scenario has by far (a large one has a few hundred); aliases can repeat a
     * block exponentially (a "billion laughs" file), well within the engine's limit on aliases.
     */
    public static final int MAX_VALUES = 100_000;

    private YamlReader() {}

    /** Reads a scenario file; every failure is a {@link ScenarioException} naming the file. */
    public static Node readFile(Path path) {
        return readFile(path, path.toString());
    }

    /** Reads a scenario file, naming it {@code name} in messages. */
    public static Node readFile(Path path, String name) {
        return readFile(path, name, RecordSpec.scenario());
    }

    /**
     * Reads a file of another format defined by records (a charter, say), naming it {@code name} in
     * messages; {@code spec} is the format's top block, which names list items in messages.
     */
    public static Node readFile(Path path, String name, RecordSpec spec) {
        String noun = noun(spec);
        // problems with the file as a whole are placed at its start, so every problem reads FILE:LINE:COLUMN
        Source whole = new Source(name, 1, 1);
        if (Files.isDirectory(path)) {
            throw ScenarioException.of(whole, "", "is a folder, not a " + noun + " file", "a .yaml file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                // one decimal, or a 5.2 MB file reads as "5 MB, over the 5 MB limit"
                throw ScenarioException.of(whole, "", String.format(java.util.Locale.ROOT, "file is %.1f MB, over the %d MB "
                        + "limit for a " + noun, size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)), "a " + noun + " YAML file");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw ScenarioException.of(whole, "", "file not found", "an existing .yaml file");
        } catch (IOException e) {
            throw ScenarioException.of(whole, "", "cannot be read: " + e.getMessage(),
                    "a readable .yaml file");
        }
        return readBytes(name, bytes, spec);
    }

    static Node readBytes(String name, byte[] bytes) {
        return readBytes(name, bytes, RecordSpec.scenario());
    }

    private static Node readBytes(String name, byte[] bytes, RecordSpec spec) {
        Source whole = new Source(name, 1, 1);
        // Windows Notepad's "Unicode" is UTF-16, whose zero bytes would otherwise read as binary
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw ScenarioException.of(whole, "", "the file is UTF-16 text", "save it as UTF-8 (plain text) from your editor");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw ScenarioException.of(whole, "", "this is a binary file, not a " + noun(spec), "a YAML text file");
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
        return readText(name, text, spec);
    }

    /** Reads YAML text; {@code name} is used in messages (a file name or an origin like {@code --set}). */
    public static Node readText(String name, String text) {
        return readText(name, text, RecordSpec.scenario());
    }

    /** Reads YAML text of the format whose top block is {@code spec}. */
    public static Node readText(String name, String text, RecordSpec spec) {
        String noun = noun(spec);
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
                // let [a, b]: c through to convert(), which reports it at its place (the engine's own
                // error has no line)
                .setAllowNonScalarKeys(true)
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
                            "a second YAML document (---) was found", "one " + noun + " per file");
                }
            }
            if (all.isEmpty()) {
                throw ScenarioException.of(new Source(name, 1, 1), "", text.isBlank() ? "the file is empty"
                        : "the file has only comments, no " + noun, spec == RecordSpec.scenario()
                        ? "a scenario; 'carecoop init FILE' writes a starter" : "a " + noun);
            }
            return convert(name, all.get(0), 0, "", spec, new int[1]);
        } catch (MarkedYamlEngineException e) {
            throw ScenarioException.of(source(name, unclosed(e) ? e.getContextMark() : e.getProblemMark().or(e::getContextMark)),
                    "", "YAML syntax: " + describe(e, text), hint(e));
        } catch (YamlEngineException e) {
            throw ScenarioException.of(new Source(name, 1, 1), "", "YAML syntax: " + firstLine(e.getMessage()), "");
        } catch (StackOverflowError e) {
            throw ScenarioException.of(new Source(name, 1, 1), "", "nesting is too deep",
                    "at most " + MAX_DEPTH + " levels");
        }
    }

    /** What a file of the format is called in messages: ScenarioFile is a "scenario", CharterFile a "charter". */
    private static String noun(RecordSpec spec) {
        return spec.type().getSimpleName().replaceFirst("File$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Counts indentation and bracket depth before parsing, so a hostile file cannot exhaust the stack. */
    private static void checkDepth(String name, String text) {
        int brackets = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '[' || c == '{') {
                brackets++;
                if (brackets > MAX_DEPTH) {
                    throw ScenarioException.of(new Source(name, line, i - lineStart + 1), "", "nesting is too deep",
                            "at most " + MAX_DEPTH + " levels");
                }
            } else if (c == ']' || c == '}') {
                brackets = Math.max(0, brackets - 1);
            }
        }
    }

    /**
     * Converts the engine's node; {@code path} and {@code spec} (the block's format, null where the
     * format has none) only name the place of a duplicate key the way every other message does;
     * {@code values} counts the values converted so far, aliases expanded.
     */
    private static Node convert(String name, org.snakeyaml.engine.v2.nodes.Node node, int level, String path,
                                RecordSpec spec, int[] values) {
        Source where = source(name, node.getStartMark());
        if (level > MAX_DEPTH) {
            throw ScenarioException.of(where, "", "nesting is too deep", "at most " + MAX_DEPTH + " levels");
        }
        if (++values[0] > MAX_VALUES) {
            throw ScenarioException.of(where, "", "the file holds more than " + MAX_VALUES + " values once its aliases "
                    + "(*name) are expanded", "a scenario of a few hundred values; repeat fewer blocks by alias");
        }
        if (node instanceof ScalarNode scalar) {
            return new Node.Scalar(scalar.getValue(), typeOf(scalar), where);
        }
        if (node instanceof SequenceNode seq) {
            List<Node> items = new ArrayList<>();
            for (org.snakeyaml.engine.v2.nodes.Node item : seq.getValue()) {
                items.add(convert(name, item, level + 1, path + "[" + itemName(item, spec, items.size()) + "]", spec,
                        values));
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
            if (entries.containsKey(key)) {
                Source first = entries.get(key).keySource();
                throw ScenarioException.of(keySource, Binder.join(path, key), "duplicate key (first written at line "
                        + first.line() + ")", "each key once per block");
            }
            FieldSpec field = spec == null ? null : spec.field(key).orElse(null);
            RecordSpec nested = field != null && (field.kind() == FieldSpec.Kind.RECORD
                    || field.kind() == FieldSpec.Kind.RECORD_LIST) ? field.nested() : null;
            entries.put(key, new Node.Entry(key, keySource,
                    convert(name, tuple.getValueNode(), level + 1, Binder.join(path, key), nested, values)));
        }
        return new Node.MapNode(entries, where);
    }

    /** A list item's name in a path, as {@link RecordSpec#itemName} gives it, or its index. */
    private static String itemName(org.snakeyaml.engine.v2.nodes.Node item, RecordSpec spec, int index) {
        if (spec != null && item instanceof MappingNode map) {
            for (String key : spec.keyedBy()) {
                for (NodeTuple tuple : map.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                            && tuple.getValueNode() instanceof ScalarNode v && !Tag.NULL.equals(v.getTag())) {
                        return v.getValue();
                    }
                }
            }
        }
        return String.valueOf(index);
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

    /**
     * Whether the error is a quote or bracket left open: the engine notices only where the text runs
     * out, so the place worth showing is where it was opened (the context mark).
     */
    private static boolean unclosed(MarkedYamlEngineException e) {
        String context = String.valueOf(e.getContext());
        String problem = String.valueOf(e.getProblem());
        return e.getContextMark().isPresent() && ((context.contains("quoted scalar") && problem.contains("end of stream"))
                || (context.contains("flow sequence") || context.contains("flow mapping")) && problem.startsWith("expected ','"));
    }

    private static String describe(MarkedYamlEngineException e, String text) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (problem.contains("\\t") || problem.contains("\t") || problem.contains("(TAB)")) {
            return e.getProblemMark().map(m -> onlySpaceBefore(text, m)).orElse(true)
                    ? "a tab character is used for indentation" : "a tab character is not allowed here";
        }
        String context = String.valueOf(e.getContext());
        if (unclosed(e)) {
            String opened = context.contains("quoted scalar") ? "quote" : context.contains("flow sequence") ? "'['" : "'{'";
            String until = problem.contains("end of stream") || problem.contains("<stream end>") ? "the end of the file"
                    : e.getProblemMark().map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
                    .orElse("the end of the file");
            return "the " + opened + " opened here is not closed before " + until;
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "a 'key:' is not allowed here";
        }
        if (problem.startsWith("expected <block end>")) {
            return "this line's indentation does not line up with the lines above it";
        }
        return e.getContext() == null || e.getContext().isBlank() ? problem : context + ", " + problem;
    }

    /** Whether only spaces and tabs come before the mark on its line, so a tab there is indentation. */
    private static boolean onlySpaceBefore(String text, Mark mark) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (mark.getLine() >= lines.length) {
            return true;
        }
        String line = lines[mark.getLine()];
        int end = line.offsetByCodePoints(0, Math.min(mark.getColumn(), line.codePointCount(0, line.length())));
        return line.substring(0, end).isBlank();
    }

    private static String hint(MarkedYamlEngineException e) {
        String text = String.valueOf(e.getProblem()) + " " + e.getContext();
        if (text.contains("\\t") || text.contains("\t")) {
            return "indent and separate with spaces, never tabs";
        }
        if (text.contains("escape")) {
            return "in \"double quotes\" a backslash starts an escape: write \\\\ for one, or use 'single quotes'";
        }
        if (text.contains("quoted scalar")) {
            return "close every quote you open";
        }
        if (text.contains("flow sequence") || text.contains("flow mapping")) {
            return "close every [ with ] and every { with }";
        }
        if (text.contains("mapping values")) {
            return "is the line indented too far? one 'key: value' per line; put text containing ': ' in quotes";
        }
        if (text.contains("Expected mapping node")) {
            return "a merge key takes an alias of a block, such as <<: *defaults";
        }
        if (text.contains("undefined alias")) {
            return "write the anchor (&name) before an alias (*name) uses it";
        }
        if (text.contains("<block end>")) {
            return "indent the keys of one block by the same number of spaces";
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
