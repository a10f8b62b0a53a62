package io.skillgate.training;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types accepted as evidence, recognised by their first bytes: a client-sent content
 * type or file name proves nothing about what a file is.
 */
public enum EvidenceType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String contentType;
  private final byte[] magic;

  EvidenceType(String contentType, byte[] magic) {
    this.contentType = contentType;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<EvidenceType> of(byte[] content) {
    return Arrays.stream(values())
        .filter(t -> content.length >= t.magic.length
            && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
        .findFirst();
  }
}
