-- feedback_counts and feedback_close_hours were written at every write and
-- read by nothing since store_summary (0017) holds the same numbers packed
-- per store; keeping them cost two writes per case for no reader (issue 9).
DROP TABLE feedback_counts;
DROP TABLE feedback_close_hours;
