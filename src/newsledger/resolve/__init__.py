"""Resolution of extracted mentions to normalised values: times, places, actors."""
