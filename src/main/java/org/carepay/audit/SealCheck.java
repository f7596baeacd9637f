package org.carepay.audit;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.carepay.ledger.LineDigests;
import org.carepay.ledger.RunSeals;
import org.carepay.payments.PaymentRuns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tamper evidence: recomputes the chain of seals, the hash of each released run's ledger and of each of its
 * files on disk, and names what changed since the release: the run, the file (or "ledger") and the line.
 */
@Component
@Order(5)
class SealCheck implements AuditCheck {

    static final String LEDGER = "ledger";

    private final RunSeals seals;
    private final PaymentRuns runs;

    SealCheck(RunSeals seals, PaymentRuns runs) {
        this.seals = seals;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "seals";
    }

    @Override
    public String purpose() {
        return "Each release sealed its run's ledger and files with SHA-256, chained to the release before it:"
                + " the chain, the ledger rows and the files on disk are hashed again and compared.";
    }

    @Override
    public void check(List<AuditedRun> runs, Findings findings) throws IOException {
        List<RunSeals.Seal> chain = seals.seals();
        Map<String, RunSeals.Seal> byRun = new HashMap<>();
        RunSeals.Seal before = null;
        boolean chainHolds = true;
        for (RunSeals.Seal seal : chain) {
            byRun.put(seal.runId(), seal);
            if (!chained(seal, before, findings)) {
                chainHolds = false;
            }
            before = seal;
        }
        for (AuditedRun run : runs) {
            RunSeals.Seal seal = byRun.get(run.runId());
            if (seal == null) {
                findings.fail(run.runId(), null, seals.releasedBeforeSeals(run.runId())
                        ? "released before this version of Carepay sealed releases: the next release seals it"
                        : "released without a seal: its status was changed to RELEASED behind Carepay's back, or its"
                        + " seal deleted");
                chainHolds = false;
            } else if (!holds(run, seal, findings)) {
                chainHolds = false;
            }
        }
        Set<String> released = new HashSet<>(runs.stream().map(AuditedRun::runId).toList());
        for (RunSeals.Seal seal : chain) {
            if (!released.contains(seal.runId())) {
                findings.fail(seal.runId(), null, "sealed at its release, but no longer RELEASED: its status was"
                        + " changed behind Carepay's back");
                chainHolds = false;
            }
        }
        if (chainHolds) {
            findings.pass(null, null, "the chain of " + chain.size() + " seals holds; its head: "
                    + (before == null ? RunSeals.GENESIS : before.sha256()));
        }
    }

    /** Whether the seal follows the one before it in the table: the next number, that seal's hash. */
    private static boolean chained(RunSeals.Seal seal, RunSeals.Seal before, Findings findings) {
        long number = before == null ? 1 : before.sealNo() + 1;
        String previous = before == null ? RunSeals.GENESIS : before.sha256();
        if (seal.sealNo() == number && seal.previousSha256().equals(previous)) {
            return true;
        }
        findings.fail(seal.runId(), null, "seal " + seal.sealNo() + " is not chained to "
                + (before == null ? "the start of the chain" : "seal " + before.sealNo() + ", the one before it")
                + (seal.sealNo() > number ? ": seal " + number + (seal.sealNo() > number + 1 ? " to " + (seal.sealNo()
                - 1) : "") + " is missing" : ": a seal was changed, added or removed behind Carepay's back"));
        return false;
    }

    private boolean holds(AuditedRun run, RunSeals.Seal seal, Findings findings) throws IOException {
        boolean holds = ledgerHolds(run, seal, findings);
        SortedMap<String, LineDigests.Digest> sealed = seals.sealedFiles(run.runId());
        SortedMap<String, LineDigests.Digest> onDisk = RunSeals.files(run.folder());
        for (String path : union(sealed, onDisk)) {
            holds &= fileHolds(run, path, sealed.get(path), onDisk.get(path), findings);
        }
        if (!seals.inputs(run.runId()).equals(seal.inputsSha256())) {
            findings.fail(run.runId(), LEDGER, "the files the run took, its claims, charge items or bills changed"
                    + " since the release");
            holds = false;
        }
        // The lifecycle and the seal's own hash: recomputed from what was sealed, so only they can differ here.
        if (!RunSeals.sha256(seal.previousSha256(), seals.lifecycle(run.runId()), seal.ledger(), seal.inputsSha256(),
                sealed).equals(seal.sha256())) {
            findings.fail(run.runId(), null, "the run's lifecycle (who started, approved or released it, and when)"
                    + " or its seal changed since the release");
            holds = false;
        }
        if (holds) {
            findings.pass(run.runId(), null, "seal " + seal.sealNo() + ": the ledger's " + seal.ledger().lines()
                    + " lines and the " + sealed.size() + " files are as released; "
                    + runs.lifecycle(run.runId()).describe());
        }
        return holds;
    }

    private boolean ledgerHolds(AuditedRun run, RunSeals.Seal seal, Findings findings) {
        LineDigests.Digest now = seals.ledger(run.runId());
        if (now.sha256().equals(seal.ledger().sha256())) {
            return true;
        }
        int line = now.firstLineDifferentFrom(seal.ledger().digests());
        if (line == 0) { // every line as sealed: the seal's hash of them is what changed
            findings.fail(run.runId(), LEDGER, "the seal's SHA-256 of the ledger differs from its rows, every one of"
                    + " which is as sealed: the seal was changed behind Carepay's back");
            return false;
        }
        List<Long> ids = seals.ledgerLineIds(run.runId());
        String next = line <= ids.size() ? "line_id " + ids.get(line - 1) : "the end";
        int sealed = seal.ledger().lines();
        String what;
        if (now.lines() == sealed) {
            what = next + " changed since the release (line " + line + " of " + sealed + " in line_id order)";
        } else if (now.lines() < sealed) {
            what = (sealed - now.lines()) + " of its " + sealed + " lines deleted since the release, the first at line "
                    + line + " in line_id order (before " + next + ")";
        } else {
            what = (now.lines() - sealed) + " lines added since the release, the first " + next + " (line " + line
                    + " in line_id order)";
        }
        findings.fail(run.runId(), LEDGER, what);
        return false;
    }

    private static boolean fileHolds(AuditedRun run, String path, LineDigests.Digest sealed, LineDigests.Digest onDisk,
                                     Findings findings) {
        if (sealed == null) {
            findings.fail(run.runId(), path, "not in the seal: the file was added after the release");
            return false;
        }
        if (onDisk == null) {
            findings.fail(run.runId(), path, "deleted: the seal has it (" + sealed.lines() + " lines, SHA-256 "
                    + sealed.sha256() + ")");
            return false;
        }
        if (!sealed.sha256().equals(onDisk.sha256())) {
            int line = onDisk.firstLineDifferentFrom(sealed.digests());
            findings.fail(run.runId(), path, "changed since the release: " + (line == 0
                    ? "its lines are as sealed but not its bytes (line endings, or the last line's end)"
                    : "line " + line + " differs") + " (SHA-256 " + onDisk.sha256() + ", sealed " + sealed.sha256() + ")");
            return false;
        }
        return true;
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
