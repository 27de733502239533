package org.careerguide.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careerguide completion bash|zsh}: prints the shell completion script, generated from the
 * command tree so it always knows every command and option. zsh uses the same script through
 * zsh's bash completion compatibility (bashcompinit), which the script turns on itself.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Print the shell completion script for bash or zsh.", "Load it with",
                "  source <(careerguide completion bash)     in ~/.bashrc, or",
                "  source <(careerguide completion zsh)      in ~/.zshrc.",
                "The distribution ships both in completion/."})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh", defaultValue = "bash")
    private Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        if (shell == Shell.zsh) {
            script = "# careerguide completion for zsh: the bash script below, through zsh's bashcompinit.\n"
                    + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
