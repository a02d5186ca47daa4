"""ManifestStaticFilesStorage that keeps a reference to a missing file as written instead of stopping,
as Ecstatic does by default, so that both sides finish the same tree."""
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage


class LaxManifestStorage(ManifestStaticFilesStorage):
    manifest_strict = False

    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)

        def lax(matchobj):
            try:
                return convert(matchobj)
            except ValueError:
                return matchobj.group(0)

        return lax
