package org.carepay.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.support.CronExpression;

/**
 * One file of jobs/: a job, the command that runs it with {@code <name>} in place of each parameter, its
 * schedule, and each parameter's default, resolved when it fires ({@link FireParameters}).
 *
 * @param command the words of the command after "carepay", with placeholders
 */
public record JobFile(String file, String job, List<String> command, CronExpression cron, ZoneId zone,
                      Map<String, String> parameters) {
}
