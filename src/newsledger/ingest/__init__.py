"""Reading articles: validation of raw text, batch files, and (later) HTML, feeds, WARC and URLs."""
