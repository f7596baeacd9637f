package org.carepay.cli;

import java.util.ArrayList;
import java.util.List;

import org.carepay.Setting;

/**
 * {@code carepay help} (also {@code --help}, {@code -h}): every command with its parameters and what it does,
 * the settings with their defaults, and the exit codes; {@code carepay help COMMAND}: that command. Printed
 * before anything starts, so it answers at once.
 */
final class Help {

    static final List<String> WORDS = List.of("help", "--help", "-h");

    private Help() {
    }

    static List<String> lines(String... args) {
        CommandName asked = args.length > 1 ? CommandName.of(args[1]) : null;
        if (args.length > 1 && asked == null) {
            throw new Command.UsageException("unknown command '" + args[1] + "'", true);
        }
        List<String> lines = new ArrayList<>();
        if (asked != null) {
            lines.add("usage: carepay " + asked.usage());
            lines.add("  " + asked.does());
            return lines;
        }
        lines.add("usage: carepay COMMAND [name=value ...]   (scripts/carepay from the project; docs in docs/)");
        lines.add("");
        lines.add("commands:");
        for (CommandName command : CommandName.values()) {
            lines.add("  " + command.usage());
            lines.add("      " + command.does());
        }
        lines.add("  help [COMMAND]");
        lines.add("      this, or one command");
        lines.add("");
        lines.add("settings (environment variables, or carepay.* in a Spring configuration file):");
        for (Setting setting : Setting.values()) {
            lines.add(String.format("  %-38s %s (default: %s)", setting.variable(), setting.meaning(),
                    setting.byDefault()));
        }
        lines.add(String.format("  %-38s %s", "CAREPAY_JAVA_OPTS", "JVM options for scripts/carepay (e.g. -Xmx512m)"));
        lines.add("");
        lines.add("exit codes: 0 done, 1 failed (restartable: the message says how), 2 bad command or setting,"
                + " 3 refused");
        return lines;
    }
}
