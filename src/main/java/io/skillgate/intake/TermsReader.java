package io.skillgate.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.skillgate.contract.Contract;
import io.skillgate.platform.web.FieldError;
import io.skillgate.platform.web.InvalidInputException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * Reads a contract's terms as a person pastes or uploads them: JSON (as the API takes it) or YAML.
 * Both mappers come from the application's Jackson settings, so unknown fields, dates and enums are
 * judged exactly as on {@code POST /api/contracts}. A field that cannot be read is named by its
 * path, and the line it is on, so the intake page can point at it.
 */
@Component
class TermsReader {

  private final ObjectMapper json;
  private final ObjectMapper yaml;

  TermsReader(ObjectMapper json, Jackson2ObjectMapperBuilder builder) {
    this.json = json;
    this.yaml = builder.factory(new YAMLFactory()).build();
  }

  /** The terms as written; {@link InvalidInputException} naming the field (and line) that cannot be read. */
  Terms read(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(List.of(new FieldError("terms", "paste or upload the contract terms (JSON or YAML)")));
    }
    ObjectMapper mapper = text.stripLeading().startsWith("{") ? json : yaml;
    Map<String, Integer> lines = lines(mapper, text);
    try {
      return new Terms(mapper.readValue(text, Contract.class), lines);
    } catch (JsonMappingException e) {
      if (!e.getPath().isEmpty()) {
        String field = path(e.getPath());
        String message = e instanceof UnrecognizedPropertyException ? "unknown field" : "has a value of the wrong type or format";
        throw new InvalidInputException(List.of(new FieldError(field, withLine(message, lines.get(field)))));
      }
      throw unreadable(mapper, e);
    } catch (JsonProcessingException e) {
      throw unreadable(mapper, e);
    }
  }

  private InvalidInputException unreadable(ObjectMapper mapper, JsonProcessingException e) {
    String format = mapper == json ? "JSON" : "YAML";
    String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
    return new InvalidInputException(List.of(new FieldError("terms", where + "not valid " + format
        + (mapper == json ? "" : " (or JSON starting with '{')") + ": " + e.getOriginalMessage().lines().findFirst().orElse(""))));
  }

  /**
   * The line each field starts on, by the path the API uses for it ({@code members[3].email}).
   * Best effort: a document that cannot be parsed has no lines, and its parse error says where.
   */
  private static Map<String, Integer> lines(ObjectMapper mapper, String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        lines.putIfAbsent(fromPointer(pointer), parser.currentTokenLocation().getLineNr());
      }
    } catch (IOException e) {
      // The parse error is reported by read().
    }
    return lines;
  }

  /** {@code /members/3/email} as {@code members[3].email}. */
  private static String fromPointer(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.chars().allMatch(Character::isDigit)) {
        path.append('[').append(segment).append(']');
      } else {
        path.append(path.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    return path.toString();
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : references) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  static String withLine(String message, Integer line) {
    return line == null ? message : message + " (line " + line + ")";
  }

  /** The contract as read, and the line of each field in the text. */
  record Terms(Contract contract, Map<String, Integer> lines) {

    /** The line of a field, or of the nearest enclosing one ({@code phases[2]} for {@code phases[2].endDate}). */
    Integer lineOf(String field) {
      String path = field;
      while (!path.isEmpty()) {
        Integer line = lines.get(path);
        if (line != null) {
          return line;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        path = cut < 0 ? "" : path.substring(0, cut);
      }
      return null;
    }
  }
}
