package org.copydesk.base.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who initdb and postgres run as. Both refuse root, so root hands them to a user namespace ({@code unshare -U}, where
 * files stay owned by root) or, where namespaces are blocked (Docker's default seccomp profile), to an unprivileged
 * account with {@code setpriv}. Everyone else runs them directly.
 */
record PostgresAccount(Kind kind, int uid, int gid) {

    static final int NOBODY = 65534;
    private static final boolean LINUX =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");

    enum Kind {
        CURRENT_USER,
        USER_NAMESPACE,
        SWITCHED_USER
    }

    static PostgresAccount detect(Path dataDirectory) throws IOException {
        int uid = ProcessOwner.effectiveUid();
        if (uid != 0) {
            return new PostgresAccount(Kind.CURRENT_USER, uid, -1);
        }
        if (ProcessOwner.userNamespacesWork()) {
            return new PostgresAccount(Kind.USER_NAMESPACE, 0, 0);
        }
        return unprivilegedOwnerOf(dataDirectory);
    }

    /** The checkout's owner when that is not root (their files stay theirs), else nobody. */
    private static PostgresAccount unprivilegedOwnerOf(Path dataDirectory) throws IOException {
        Path existing = dataDirectory;
        while (!Files.exists(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        int owner = FileTrees.ownerUid(existing);
        return owner != 0
                ? new PostgresAccount(Kind.SWITCHED_USER, owner, FileTrees.ownerGid(existing))
                : new PostgresAccount(Kind.SWITCHED_USER, NOBODY, NOBODY);
    }

    /**
     * The full command line: the account change first, then a session of its own (Ctrl+C in the terminal must not
     * reach PostgreSQL before the pool closes), then the parent-death signal last, because the kernel clears it on
     * any credential change, which unshare and setpriv --reuid both are.
     */
    List<String> command(List<String> program, String parentDeathSignal) {
        List<String> command = new ArrayList<>();
        switch (kind) {
            case USER_NAMESPACE -> command.addAll(List.of("unshare", "-U"));
            case SWITCHED_USER ->
                command.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"));
            case CURRENT_USER -> {}
        }
        if (LINUX) {
            command.addAll(List.of("setsid", "setpriv", "--pdeathsig", parentDeathSignal, "--"));
        }
        command.addAll(program);
        return command;
    }

    /**
     * PostgreSQL insists on owning its folder. In a user namespace our own uid (root) is the owner it runs as; after
     * a switch it is the switched account. A folder left by the other mode is re-owned here.
     */
    void takeOwnership(Path directory) throws IOException {
        if (kind == Kind.CURRENT_USER) {
            return;
        }
        int owner = kind == Kind.SWITCHED_USER ? uid : 0;
        int group = kind == Kind.SWITCHED_USER ? gid : 0;
        if (FileTrees.ownerUid(directory) != owner) {
            FileTrees.changeOwnerRecursively(directory, owner, group);
        }
    }
}
