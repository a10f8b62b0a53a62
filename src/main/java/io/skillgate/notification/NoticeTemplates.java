package io.skillgate.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a notice from three Mustache templates per kind: {@code <kind>.subject.mustache},
 * {@code <kind>.txt.mustache} and {@code <kind>.html.mustache} (kind as in {@link NoticeKind#templateName()}).
 * A file of that name in {@code skillgate.notices.templates-dir} wins over the built-in one on the
 * classpath ({@code notices/templates/}), and is read on every render, so an admin edits without a restart.
 *
 * <p>Values come from contracts and process data, i.e. from users: {@code {{x}}} is HTML-escaped in the
 * HTML body, and line breaks are removed from the subject, which becomes a mail header.
 */
@Component
public class NoticeTemplates {

  /** A rendered notice. */
  public record Rendered(String subject, String text, String html) {}

  private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true);
  private static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);

  private final Path overrides;

  public NoticeTemplates(NoticeSettings settings) {
    this.overrides = settings.templatesDir();
  }

  public Rendered render(NoticeKind kind, Map<String, ?> values) {
    String name = kind.templateName();
    String subject = singleLine(template(PLAIN, name + ".subject.mustache").execute(values));
    return new Rendered(NoticeRepository.truncate(subject, 998),
        template(PLAIN, name + ".txt.mustache").execute(values),
        template(HTML, name + ".html.mustache").execute(values));
  }

  /** Header values must not carry CR/LF (header injection) or other control characters. */
  static String singleLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").trim();
  }

  private Template template(Mustache.Compiler compiler, String file) {
    return compiler.compile(read(file));
  }

  private String read(String file) {
    try {
      Path edited = overrides.resolve(file);
      if (Files.isRegularFile(edited)) {
        return Files.readString(edited, StandardCharsets.UTF_8);
      }
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("notices/templates/" + file)) {
        if (in == null) {
          throw new IllegalStateException("no notice template " + file);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("notice template " + file + " is unreadable", e);
    }
  }
}
