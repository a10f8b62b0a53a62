package io.skillgate.intake;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.skillgate.contract.Contract;
import io.skillgate.platform.web.FieldError;
import io.skillgate.platform.web.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team roster as CSV, the way a spreadsheet exports it: a header row naming the columns
 * {@code id,name,email,role} (and optionally {@code buddy}), then one member per row. Rows are
 * numbered as a spreadsheet shows them (the header is row 1), and every error names its row and
 * column: {@code roster row 3, column email}.
 */
final class RosterCsv {

  static final List<String> COLUMNS = List.of("id", "name", "email", "role", "buddy");
  private static final Set<String> REQUIRED = Set.of("id", "name", "email", "role");
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.TRIM_SPACES)
      .build();
  /** A member's field as the API names it ({@code members[3].email}). */
  private static final Pattern MEMBER_FIELD = Pattern.compile("^members\\[(\\d+)]\\.?(.*)$");

  private RosterCsv() {}

  /** The members of the roster, in row order; {@link InvalidInputException} if its shape is wrong. */
  static List<Contract.Member> read(String csv) {
    if (csv == null || csv.isBlank()) {
      throw new InvalidInputException(List.of(new FieldError("roster", "the roster is empty: a header row "
          + String.join(",", COLUMNS) + " and one row per member")));
    }
    List<FieldError> errors = new ArrayList<>();
    List<Contract.Member> members = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      CsvSchema header = (CsvSchema) rows.getParserSchema();
      Set<String> columns = new LinkedHashSet<>(header.getColumnNames());
      for (String column : columns) {
        if (!COLUMNS.contains(column)) {
          errors.add(new FieldError("roster column " + column, "unknown column; the columns are " + String.join(", ", COLUMNS)));
        }
      }
      for (String column : REQUIRED) {
        if (!columns.contains(column)) {
          errors.add(new FieldError("roster column " + column, "missing column"));
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        members.add(new Contract.Member(cell(row, "id"), cell(row, "name"), cell(row, "email"), cell(row, "role"),
            cell(row, "buddy")));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException(List.of(new FieldError("roster", "not readable as CSV: "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""))));
    }
    if (members.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldError("roster", "the roster has a header but no members")));
    }
    return members;
  }

  private static String cell(Map<String, String> row, String column) {
    String value = row.get(column);
    return value == null || value.isEmpty() ? null : value;
  }

  /** Row {@code index} of the member list (0-based) as a spreadsheet numbers it: the header is row 1. */
  static int rowOf(int index) {
    return index + 2;
  }

  /** {@code members[3].email} as {@code roster row 5, column email}; other fields unchanged. */
  static FieldError asRosterCell(FieldError error) {
    Matcher m = MEMBER_FIELD.matcher(error.field());
    if (!m.matches()) {
      return error;
    }
    String column = m.group(2).isEmpty() ? "" : ", column " + m.group(2);
    return new FieldError("roster row " + rowOf(Integer.parseInt(m.group(1))) + column, error.message());
  }
}
