package io.skillgate.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Contract JSON for tests: the realistic demo contract, under a fresh id. */
public final class Fixtures {

  public static final String VENDOR_A_GROUP = "vendor-northwind";
  public static final String VENDOR_B_GROUP = "vendor-oakfield";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The Harbor Mutual / Northwind contract (15 members, 3 phases) with the given id. */
  public static ObjectNode contract(String id) {
    ObjectNode c = read("demo/harbor-northwind.json");
    c.put("id", id);
    return c;
  }

  /** The Harbor Mutual / Oakfield contract (vendor B, 4 members) with the given id. */
  public static ObjectNode vendorBContract(String id) {
    ObjectNode c = read("demo/harbor-oakfield.json");
    c.put("id", id);
    return c;
  }

  private static ObjectNode read(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
