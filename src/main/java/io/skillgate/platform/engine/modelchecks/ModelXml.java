package io.skillgate.platform.engine.modelchecks;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.xml.sax.SAXParseException;

/**
 * A BPMN or DMN file read into the engine's own XML tree, whose elements know their line. Uses
 * the engine's parser settings (no external entities unless the engine allows them), namespace
 * aware so that {@code camunda:} attributes are found whatever their prefix.
 */
final class ModelXml {

  private ModelXml() {}

  /** The root element, or the {@link SAXParseException} (with its line) that stopped the reading. */
  static Element read(byte[] bytes) throws SAXParseException {
    Parse parse = new NamespaceAwareParser().createParse().sourceInputStream(new ByteArrayInputStream(bytes));
    try {
      parse.execute();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SAXParseException sax) {
          throw sax;
        }
      }
      throw e;
    }
    if (parse.getRootElement() == null) {
      throw new SAXParseException("the file holds no XML element", null, null, 1, 1);
    }
    return parse.getRootElement();
  }

  private static final class NamespaceAwareParser extends Parser {

    @Override
    public Parse createParse() {
      return new Parse(this) {};
    }

    @Override
    protected SAXParser getSaxParser() throws Exception {
      // A factory of our own: the engine shares its factory per thread and switches namespace awareness on it.
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      setXxeProcessing(factory);
      return factory.newSAXParser();
    }
  }
}
