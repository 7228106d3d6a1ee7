-- The dashboard counts partnerships moved on from each temu bisnis by the moves' note.
CREATE INDEX "MatchEvent_note_idx" ON "MatchEvent"("note");
