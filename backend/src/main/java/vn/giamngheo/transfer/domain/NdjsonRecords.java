package vn.giamngheo.transfer.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.giamngheo.household.api.HouseholdCreate;

/**
 * NDJSON: one household per line, the API's household create body, optionally with "householdCode" naming the
 * registered household to update. Blank lines are skipped; a byte-order mark is dropped.
 */
public final class NdjsonRecords implements RecordSource {
    private static final int MAX_ORIGINAL = 20_000;
    private final BufferedReader in;
    private final ObjectMapper json;
    private final ObjectReader create;
    private int line;
    private int record;

    public NdjsonRecords(InputStream in, ObjectMapper json) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.json = json;
        this.create = json.readerFor(HouseholdCreate.class);
    }

    @Override
    public ImportRecord next() throws IOException {
        String text;
        do {
            text = in.readLine();
            line++;
            if (text == null) {
                return null;
            }
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        } while (text.isBlank());
        record++;
        String original = text.length() > MAX_ORIGINAL ? text.substring(0, MAX_ORIGINAL) : text;
        String householdCode = null;
        try {
            HouseholdCreate data;
            if (plainBody(text)) {
                // most lines: straight into the create body, without building a tree of it first
                data = create.readValue(text);
            } else {
                JsonNode node = json.readTree(text);
                if (!(node instanceof ObjectNode object)) {
                    return broken(original, null, "MALFORMED_RECORD", "is not a JSON object");
                }
                JsonNode code = object.remove("householdCode");
                householdCode = code == null || code.isNull() ? null : code.asText();
                data = json.treeToValue(object, HouseholdCreate.class);
            }
            return new ImportRecord(record, line, List.of(), original, householdCode, data, List.of());
        } catch (UnrecognizedPropertyException e) {
            return broken(original, householdCode, pointer(e) , "UNKNOWN_FIELD", "is not a field of the household or member");
        } catch (InvalidFormatException e) {
            String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? "; one of " + String.join(", ", java.util.Arrays.stream(e.getTargetType().getEnumConstants()).map(String::valueOf).toList())
                    : "";
            return broken(original, householdCode, pointer(e), e.getTargetType() != null && e.getTargetType().isEnum() ? "UNKNOWN_CODE" : "INVALID_VALUE",
                    "'" + e.getValue() + "' is not a valid value" + allowed);
        } catch (JsonMappingException e) {
            return broken(original, householdCode, pointer(e), "INVALID_VALUE", "has the wrong type");
        } catch (JsonProcessingException e) {
            return broken(original, householdCode, "MALFORMED_RECORD", "is not a JSON object: " + e.getOriginalMessage());
        }
    }

    /** An object without "householdCode", the field that is not the create body's. */
    private static boolean plainBody(String text) {
        return text.stripLeading().startsWith("{") && !text.contains("\"householdCode\"");
    }

    private ImportRecord broken(String original, String code, String pointer, String problem, String message) {
        String column = Column.byPointer(pointer).map(Column::headerEn).orElse(null);
        return new ImportRecord(record, line, List.of(), original, code, null, List.of(new RowProblem(line, column, pointer, problem, message)));
    }

    private ImportRecord broken(String original, String code, String problem, String message) {
        return broken(original, code, "", problem, message);
    }

    /** The JSON pointer of a mapping problem: /members/1/sex. */
    private static String pointer(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            b.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
