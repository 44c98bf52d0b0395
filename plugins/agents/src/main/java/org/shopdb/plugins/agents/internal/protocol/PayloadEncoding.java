package org.shopdb.plugins.agents.internal.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * How an agent packs its message, as the FusionInventory agent's OCS client does: zlib
 * (RFC 1950, {@code application/x-compress-zlib}) when Compress::Zlib is there, else gzip
 * (RFC 1952, {@code application/x-compress-gzip}), else plain XML. The agent recognises the
 * server's answer by its first bytes, so the answer is packed the same way as the request.
 * Decoding stops at a limit, so a small compressed body cannot expand without bound.
 */
public enum PayloadEncoding {

    ZLIB("application/x-compress-zlib"),
    GZIP("application/x-compress-gzip"),
    PLAIN(null);

    private final String contentType;

    PayloadEncoding(String contentType) {
        this.contentType = contentType;
    }

    /** The content type of a body packed this way; {@code fallback} for plain bodies. */
    public String contentType(String fallback) {
        return contentType == null ? fallback : contentType;
    }

    /**
     * The encoding of a body, from its first bytes; a declared compressed content type the bytes
     * do not match is refused, since unpacking them as declared could only fail.
     *
     * @throws AgentRequestException (415) for a body declared compressed that is not
     */
    public static PayloadEncoding of(byte[] body, String declaredContentType) {
        PayloadEncoding sniffed = isZlib(body) ? ZLIB : isGzip(body) ? GZIP : PLAIN;
        String declared = declaredContentType == null ? "" : declaredContentType.toLowerCase(Locale.ROOT);
        for (PayloadEncoding compressed : new PayloadEncoding[] {ZLIB, GZIP}) {
            if (declared.startsWith(compressed.contentType) && sniffed != compressed) {
                throw new AgentRequestException(415, "unsupported_encoding", "The body is declared " + compressed.contentType
                        + " but is not " + compressed.name().toLowerCase(Locale.ROOT) + " data", java.util.List.of());
            }
        }
        return sniffed;
    }

    private static boolean isZlib(byte[] body) {
        // RFC 1950: CM = 8 (deflate), CINFO <= 7, and the first two bytes a multiple of 31
        return body.length >= 2 && (body[0] & 0x0F) == 8 && (body[0] & 0xF0) <= 0x70
                && ((body[0] & 0xFF) << 8 | (body[1] & 0xFF)) % 31 == 0;
    }

    private static boolean isGzip(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B && body[2] == 8;
    }

    /**
     * @throws AgentRequestException 400 for corrupt or truncated data, 413 when it unpacks to more than {@code maxBytes}
     */
    public byte[] decode(byte[] body, long maxBytes) {
        return switch (this) {
            case PLAIN -> body;
            case ZLIB -> inflate(body, maxBytes);
            case GZIP -> gunzip(body, maxBytes);
        };
    }

    public byte[] encode(byte[] plain) {
        return switch (this) {
            case PLAIN -> plain;
            case ZLIB -> deflate(plain);
            case GZIP -> gzip(plain);
        };
    }

    private static byte[] inflate(byte[] body, long maxBytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw AgentRequestException.malformed("The zlib body is truncated: it ends before the compressed data does");
                }
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
            return out.toByteArray();
        } catch (DataFormatException corrupt) {
            throw AgentRequestException.malformed("The zlib body is corrupt: " + corrupt.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static byte[] gunzip(byte[] body, long maxBytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
            return out.toByteArray();
        } catch (EOFException truncated) {
            throw AgentRequestException.malformed("The gzip body is truncated: it ends before the compressed data does");
        } catch (ZipException corrupt) {
            throw AgentRequestException.malformed("The gzip body is corrupt: " + corrupt.getMessage());
        } catch (IOException unreadable) {
            throw AgentRequestException.malformed("The gzip body cannot be read: " + unreadable.getMessage());
        }
    }

    static AgentRequestException tooLarge(long maxBytes) {
        return new AgentRequestException(413, "payload_too_large", "The inventory is larger than the limit of " + maxBytes
                + " bytes (unpacked; SHOPDB_AGENT_MAX_INVENTORY_BYTES)", java.util.List.of());
    }

    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 4));
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException impossible) {
            throw new IllegalStateException("gzip into memory failed", impossible);
        }
        return out.toByteArray();
    }
}
