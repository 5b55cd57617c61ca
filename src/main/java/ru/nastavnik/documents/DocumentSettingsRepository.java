package ru.nastavnik.documents;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentSettingsRepository extends JpaRepository<DocumentSettings, Long> {}
