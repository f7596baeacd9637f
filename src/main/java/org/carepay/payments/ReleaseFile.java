package org.carepay.payments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.carepay.ledger.LineDigests;
import org.carepay.ledger.RunSeals;
import org.carepay.output.AtomicFile;
import org.carepay.output.Json;

/**
 * release.json in a released run's folder: who proposed and approved it, when it was released, and its seal:
 * the SHA-256 of every other file of the folder as the release left it, and of the seal (docs/audit.md). Written
 * from the seal in the transaction that records the release; not sealed itself, since it holds the seal.
 */
final class ReleaseFile {

    private ReleaseFile() {
    }

    static void write(Path folder, RunLifecycle lifecycle, RunSeals.Seal seal, SortedMap<String, LineDigests.Digest> files)
            throws IOException {
        List<String> members = new ArrayList<>();
        members.add(Json.member("run_id", Json.string(lifecycle.runId())));
        members.add(Json.member("status", Json.string(lifecycle.status())));
        step(members, "proposed", lifecycle.proposed());
        step(members, "approved", lifecycle.approved());
        step(members, "released", lifecycle.released());
        members.add(Json.member("seal", Json.object(List.of(Json.member("seal_no", Long.toString(seal.sealNo())),
                Json.member("sha256", Json.string(seal.sha256()))))));
        members.add(Json.member("files", Json.array(List.copyOf(files.entrySet()), file -> Json.object(List.of(
                Json.member("path", Json.string(file.getKey())),
                Json.member("sha256", Json.string(file.getValue().sha256())),
                Json.member("bytes", Long.toString(file.getValue().bytes())))))));
        String json = Json.object(members) + "\n";
        AtomicFile.write(folder.resolve(RunSeals.RELEASE_RECORD), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void step(List<String> members, String what, RunLifecycle.Step step) {
        if (step.happened()) {
            members.add(Json.member(what + "_at", step.at() == null ? "null" : Json.string(step.at().toInstant().toString())));
            if (step.name() != null) {
                members.add(Json.member(what + "_by", Json.string(step.name())));
            }
            members.add(Json.member(what + "_os_account", Json.string(step.osAccount())));
        }
    }
}
