package org.copydesk.base.postgres;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * An OS file lock beside the data folder, held while our server runs. The kernel releases it even on kill -9, so a
 * second Copydesk on the same folder fails at once with a clear message instead of starting a second postmaster.
 * The lock file lives beside the folder, not inside it, because a reset deletes the folder and initdb renames one in.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
    }

    static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
        Path lockFile = lockFileOf(dataDirectory);
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(
                lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        @Nullable FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            String holder = holderPid(channel);
            channel.close();
            throw new EmbeddedPostgresException("The data folder " + dataDirectory
                    + " is already in use by another Copydesk (pid " + holder
                    + "). Stop it first, or set COPYDESK_DATA_DIR to another folder.");
        }
        channel.truncate(0);
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.write(ByteBuffer.wrap(pid), 0);
        return new DataDirectoryLock(channel, lock);
    }

    private static String holderPid(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(32);
        channel.read(content, 0);
        String pid = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).trim();
        return pid.isEmpty() ? "unknown" : pid;
    }

    /** The lock file itself stays: deleting it would let two processes lock two different files of the same name. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException alreadyClosed) {
            // The channel is gone; so is the lock.
        }
    }
}
