package org.copydesk.export.writer;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Shields a stream a writer does not own (a ZIP entry, a response) from libraries that close what they write to. */
final class NonClosingOutputStream extends FilterOutputStream {

    NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
