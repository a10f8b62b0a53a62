package io.skillgate.platform.engine;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History keeps each variable's last value, not a row per write, and no task labels.
 *
 * <p>At history level {@code full} the engine writes every variable write twice: into the variable's
 * history ({@code ACT_HI_VARINST}, which keeps its latest value) and as one more row of
 * {@code ACT_HI_DETAIL}. SkillGate's processes write many short-lived variables (multi-instance
 * counters, call-activity mappings, the task-local worklist columns), so those detail rows were the
 * single most frequent statement of a contract's run: 16.4 of the 158.8 statements per user task
 * (docs/benchmark.md). Nothing SkillGate shows reads them: the handover report, the KPIs and the
 * contract page read SkillGate's own tables and journal, and an auditor reads the task, activity and
 * decision history, the user operation log and the journal, all of which stay at level {@code full}
 * ({@code TrainingJourneyTest}). Form field submissions, also rows of {@code ACT_HI_DETAIL}, are kept.
 *
 * <p>Task-local labels that features declare as {@link UnrecordedTaskLocals} (the worklist's
 * contract, member, item and subject columns of every task) get no variable history at all: they
 * are derived from SkillGate's own records, the task's history keeps the subject in its
 * description, and their history rows were 3.6 more statements per task.
 *
 * <p>The history level itself stays {@code full}, so a database keeps its recorded level and the
 * detail rows can be switched back on ({@code skillgate.history.variable-updates: true}) at any start.
 */
@Component
public class VariableHistoryPlugin extends AbstractProcessEnginePlugin {

  private final boolean variableUpdates;
  private final Set<String> unrecordedTaskLocals;

  public VariableHistoryPlugin(@Value("${skillgate.history.variable-updates:false}") boolean variableUpdates,
      List<UnrecordedTaskLocals> unrecorded) {
    this.variableUpdates = variableUpdates;
    this.unrecordedTaskLocals = unrecorded.stream().flatMap(u -> u.names().stream()).collect(Collectors.toSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Handler(variableUpdates, unrecordedTaskLocals));
  }

  /** The engine's database history handler, less what this plugin leaves out. */
  static class Handler extends DbHistoryEventHandler {

    private final boolean variableUpdates;
    private final Set<String> unrecordedTaskLocals;

    Handler(boolean variableUpdates, Set<String> unrecordedTaskLocals) {
      this.variableUpdates = variableUpdates;
      this.unrecordedTaskLocals = unrecordedTaskLocals;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      // Every event of such a variable (create, update, delete) is left out, so none of them looks
      // for a history row the others did not write.
      if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
          && unrecordedTaskLocals.contains(variable.getVariableName())) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return variableUpdates && super.shouldWriteHistoricDetail(event);
    }
  }
}
