"""Django's collectstatic with ManifestStaticFilesStorage (hashed names, CSS references rewritten, a
manifest), for bench/collect-cold.sh: the same tree and the same kind of work as
`ecstatic collect --no-precompress`, in a fresh process.

    python3 bench/django/collectstatic.py SOURCE_DIR STATIC_ROOT

Django is Debian's python3-django (apt-get install python3-django), run by /usr/bin/python3.
A reference to a file that is not there is kept as written, as Ecstatic's lax default does
(manifest_strict off, and ValueError from a missing url() turned into a kept reference).
"""
import sys

import django
from django.conf import settings


def main(source, root):
    settings.configure(
        DEBUG=False,
        INSTALLED_APPS=["django.contrib.staticfiles"],
        STATIC_URL="/static/",
        STATIC_ROOT=root,
        STATICFILES_DIRS=[source],
        STATICFILES_STORAGE="lax_storage.LaxManifestStorage",
        # Django's own default ignores (CVS, .*, *~) match Ecstatic's default excludes closely enough
    )
    django.setup()
    from django.core.management import call_command
    call_command("collectstatic", interactive=False, verbosity=1)


if __name__ == "__main__":
    sys.path.insert(0, __import__("os").path.dirname(__file__))
    main(sys.argv[1], sys.argv[2])
