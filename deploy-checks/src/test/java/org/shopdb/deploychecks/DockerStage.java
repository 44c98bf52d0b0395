package org.shopdb.deploychecks;

import java.util.List;
import java.util.Optional;

/** One stage of a Dockerfile: {@code FROM image [AS name]} and the instructions after it. */
record DockerStage(String baseImage, String name, List<DockerInstruction> instructions) {

    static DockerStage from(DockerInstruction from, List<DockerInstruction> instructions) {
        List<String> words = from.operands();
        String image = words.isEmpty() ? "" : words.get(0);
        String name = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS") ? words.get(2) : null;
        return new DockerStage(image, name, List.copyOf(instructions));
    }

    List<DockerInstruction> all(String keyword) {
        return instructions.stream().filter(i -> i.is(keyword)).toList();
    }

    /** The instruction that is in force: Docker uses the last one of a kind. */
    Optional<DockerInstruction> last(String keyword) {
        List<DockerInstruction> matching = all(keyword);
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    /** The stage's working folder (its last WORKDIR): where its relative paths land. */
    String workdir() {
        return last("WORKDIR").map(DockerInstruction::arguments).orElse("/");
    }
}
