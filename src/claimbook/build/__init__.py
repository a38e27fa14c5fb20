"""From templates to a site: parameters, templates, cached parallel execution, the bibliography,
the Jupyter Book build, the whole pipeline; and the checks of a built site."""
