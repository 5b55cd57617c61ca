package ru.nastavnik.staff.importing;

import java.util.List;

/**
 * Published inside the import's transaction after a staff file was applied. Listen with
 * {@code @TransactionalEventListener} (default phase AFTER_COMMIT) so that Camunda's identity
 * (users, groups, tenant membership) and the roadmap's "as new staff arrive" step follow only
 * committed staff. Published for every successful import, also one that changed nothing, so
 * a re-import can repair an identity sync that failed before.
 *
 * @param schoolCode the school (tenant id)
 * @param created how many staff members were added
 * @param updated how many staff members changed
 * @param createdStaffIds ids of the added staff members
 */
public record StaffImportedEvent(String schoolCode, int created, int updated, List<Long> createdStaffIds) {

  public StaffImportedEvent {
    createdStaffIds = List.copyOf(createdStaffIds);
  }
}
