package io.skillgate.notification;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code skillgate.notices.*}: who notices come from, where admins keep edited templates, how
 * deliveries are retried and how long before a due date the reminder goes out.
 *
 * @param from the sender address of every notice
 * @param templatesDir a folder whose {@code <kind>.subject|txt|html.mustache} files replace the built-in ones
 * @param retryCycle the engine's retry syntax for failed deliveries: {@code R5/PT1M} or a list {@code PT1M,PT5M,PT30M}
 * @param reminderLeadDays days before a task's due date the reminder is sent, unless the contract says otherwise
 */
@ConfigurationProperties("skillgate.notices")
public record NoticeSettings(
    @DefaultValue("skillgate@localhost") String from,
    @DefaultValue("notices") Path templatesDir,
    @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryCycle,
    @DefaultValue("2") int reminderLeadDays) {}
