package org.shopdb.deploychecks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Dockerfile read into stages and instructions: comments dropped, continuation lines
 * joined. Enough of the syntax for static checks, not a full parser (no heredocs).
 */
final class Dockerfile {

    private final List<DockerStage> stages;

    private Dockerfile(List<DockerStage> stages) {
        this.stages = List.copyOf(stages);
    }

    static Dockerfile parse(String text) {
        List<DockerStage> stages = new ArrayList<>();
        DockerInstruction from = null;
        List<DockerInstruction> body = new ArrayList<>();
        for (String line : logicalLines(text)) {
            DockerInstruction instruction = DockerInstruction.of(line);
            if (instruction.is("FROM")) {
                if (from != null) {
                    stages.add(DockerStage.from(from, body));
                }
                from = instruction;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(instruction);
            }
        }
        if (from != null) {
            stages.add(DockerStage.from(from, body));
        }
        return new Dockerfile(stages);
    }

    static Dockerfile read() {
        return parse(Repo.read(Repo.DOCKERFILE));
    }

    DockerStage finalStage() {
        if (stages.isEmpty()) {
            throw new AssertionError(Repo.DOCKERFILE + " has no FROM");
        }
        return stages.get(stages.size() - 1);
    }

    Optional<DockerStage> stage(String name) {
        return stages.stream().filter(s -> name.equalsIgnoreCase(s.name())).findFirst();
    }

    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            lines.add(pending.toString());
            pending.setLength(0);
        }
        if (pending.length() > 0) {
            lines.add(pending.toString());
        }
        return lines;
    }
}
