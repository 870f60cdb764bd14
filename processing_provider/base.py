"""The base of every Imagery Hub algorithm.

* Parameters are added with their help text (:meth:`ImageryHubAlgorithm.add`),
  so the help string explains every one of them and cannot forget one.
* :meth:`validate` checks every value and returns what the run needs, without
  any request: QGIS calls it through ``checkParameterValues`` (the dialog,
  ``processing.run`` and ``qgis_process`` refuse before running) and again in
  ``prepareAlgorithm``.
* ``prepareAlgorithm`` runs on the main thread: QGIS's proxy is applied and
  credentials are read there (the Authentication Manager may ask for its
  master password); what it refuses is raised when the run starts, so that
  scripts see the message.
* What runs an algorithm (service clients, requests, shapely, GDAL,
  core/<service> modules) is imported in :meth:`validate` and :meth:`work`, not
  with the module: every algorithm is declared at each QGIS start
  (processing_provider/provider.py).
* :meth:`work` does the work, in the algorithm's thread; the service's typed
  errors become a QgsProcessingException with the service's one-line message,
  and :class:`FeedbackJob` lends the feedback to core functions that expect a
  task (``is_cancelled``, ``set_status``, ``report``).
"""

from qgis.core import QgsFeature, QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterBoolean

from ..core.compat import FAST_INSERT, PARAMETER_ADVANCED, make_field
from ..core.i18n import number, translate
from ..core.sentences import error_text, message_text
from ..core.resources import icon
from ..core.settings import Settings
from ..providers.budget import check
from ..providers.errors import ImageryHubError, InvalidInputError, OperationCancelled
from ..providers.registry import service
from .access import read_access
from .help import build_help


class FeedbackJob:
    """The part of a task core functions use, on a Processing feedback. Call
    ``set_status`` from the algorithm's thread; ``report`` from any thread."""

    def __init__(self, feedback):
        self.feedback = feedback
        self._last_status = None

    def is_cancelled(self):
        return self.feedback.isCanceled()

    def set_status(self, text):
        if text and text != self._last_status:
            self._last_status = text
            self.feedback.pushInfo(text)

    def report(self, done, total):
        if total:
            self.feedback.setProgress(min(100.0, 100.0 * done / total))


def refuse(message, parameter):
    """Bad input, said before any request."""
    raise InvalidInputError(message, parameter=parameter)


class ImageryHubAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set the class attributes and implement ``initAlgorithm``
    (with :meth:`add`), :meth:`validate` and :meth:`work`."""

    ID = ""
    TITLE = ""
    GROUP = ""
    CONTEXT = "ImageryHub.Processing"  # the translation context of INTRO and the family's strings
    SERVICE = None  # the service whose credentials prepareAlgorithm reads
    INTRO = ""  # what the algorithm does (HTML paragraphs)
    EXAMPLE = ""  # the parameters dict of a processing.run example
    COMMAND_LINE = ""  # the arguments of a qgis_process example
    #: provider parameter names (InvalidInputError.parameter) → this algorithm's parameter
    PARAMETER_NAMES = {}

    def __init__(self):
        super().__init__()
        self.documented = []  # (kind, name, label, help) in the order added
        self.plan = None
        self.access = None
        self.refusal = None  # what prepareAlgorithm refused, raised when the run starts

    # -- identity -------------------------------------------------------------------
    def name(self):
        return self.ID

    def displayName(self):  # noqa: N802 (QGIS API)
        return translate("ImageryHub.Processing", self.TITLE)

    def group(self):
        return translate("ImageryHub.Processing", self.GROUP)

    def groupId(self):  # noqa: N802
        return self.GROUP.lower().replace(" ", "_")

    def icon(self):
        return icon("imagery_hub.svg")

    def createInstance(self):  # noqa: N802
        return type(self)()

    def shortHelpString(self):  # noqa: N802
        return build_help(self)

    # -- building -------------------------------------------------------------------
    def add(self, parameter, help_text, advanced=False):
        """Add a parameter with the help text that explains it."""
        if advanced:
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
        parameter.setHelp(help_text)
        self.addParameter(parameter)
        self.documented.append(("parameter", parameter.name(), parameter.description(), help_text))
        return parameter

    def add_output(self, output, help_text):
        self.addOutput(output)
        self.documented.append(("output", output.name(), output.description(), help_text))
        return output

    def add_allow_large(self):
        """The flag that lifts the soft request limit, for batch use."""
        soft, hard = Settings().request_limits()
        label = translate("ImageryHub.Processing", "Search even when it needs many requests")
        self.add(QgsProcessingParameterBoolean("ALLOW_LARGE", label, defaultValue=False),
                 translate("ImageryHub.Processing", "A search estimated above {soft} requests (setting "
                           "budget/soft_limit) is refused unless this is set; above {hard} (budget/hard_limit) it is "
                           "always refused. Default: not set.").format(soft=number(soft), hard=number(hard)))

    # -- checking -------------------------------------------------------------------
    def check_budget(self, estimate, parameters, context):
        """Refuse above the hard limit, and above the soft one without ALLOW_LARGE
        (arithmetic only: validate runs on the GUI thread)."""
        soft, hard = Settings().request_limits()
        if check(estimate, soft, hard) and not self.parameterAsBoolean(parameters, "ALLOW_LARGE", context):
            raise estimate.unconfirmed("ALLOW_LARGE")

    def validate(self, parameters, context):
        """Everything :meth:`work` needs, checked; InvalidInputError otherwise.
        Makes no request."""
        return None

    def message(self, error):
        """The one line a user reads; refusals name the parameter to change."""
        if isinstance(error, InvalidInputError) and error.status is None and error.parameter:
            name = self.PARAMETER_NAMES.get(error.parameter, str(error.parameter).upper())
            if self.parameterDefinition(name) is not None:
                return translate("ImageryHub.Processing", "{parameter}: {error}").format(parameter=name,
                                                                                     error=error_text(error))
        return error_text(error)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.validate(parameters, context)
        except ImageryHubError as exc:
            return False, self.message(exc)
        return True, ""

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.network import configure_http  # imports requests: not at start-up

        configure_http()  # the algorithm's sessions: QGIS's proxy and version, the download limits
        # an exception here would reach scripts only as "There were errors executing
        # the algorithm": it is kept and raised by processAlgorithm instead
        try:
            self.plan = self.validate(parameters, context)
            if self.SERVICE:
                self.access = read_access(self.SERVICE)
                if self.access.sources["credentials"] == "environment":
                    where = translate("ImageryHub.Processing", "{service} at {url} (credentials from the environment)")
                else:
                    where = translate("ImageryHub.Processing", "{service} at {url} (credentials from the settings)")
                feedback.pushInfo(where.format(service=service(self.SERVICE).name, url=self.access.base_url))
        except ImageryHubError as exc:
            self.refusal = exc
        return True

    # -- running --------------------------------------------------------------------
    def work(self, plan, parameters, context, feedback):
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            if self.refusal is not None:
                raise self.refusal
            return self.work(self.plan, parameters, context, feedback)
        except OperationCancelled as exc:
            if exc.message == OperationCancelled.kind:
                raise QgsProcessingException(translate("ImageryHub.Errors", "Cancelled")) from exc
            raise QgsProcessingException(translate("ImageryHub.Processing", "Cancelled: {reason}").format(
                reason=message_text(exc))) from exc
        except ImageryHubError as exc:
            if exc.describe() != str(exc):
                feedback.pushInfo(exc.describe())
            raise QgsProcessingException(self.message(exc)) from exc

    # -- outputs --------------------------------------------------------------------
    def sink(self, parameters, name, context, fields, wkb_type, crs):
        """A feature sink for the output ``name``; ``fields`` may be FieldSpecs."""
        if not hasattr(fields, "indexOf"):
            from ..core.layers import make_fields  # imports requests: not at start-up

            fields = make_fields(fields)
        sink, destination = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, destination, fields

    @staticmethod
    def write(sink, features, feedback):
        """Add ``features`` to ``sink``; stops when cancelled. Returns the count."""
        count = 0
        for feature in features:
            if feedback.isCanceled():
                raise OperationCancelled(translate("ImageryHub.Processing", "Cancelled while writing the results"))
            if not sink.addFeature(feature, FAST_INSERT):
                raise QgsProcessingException(translate("ImageryHub.Processing", "Could not write a feature: {error}")
                                             .format(error=sink.lastError()))
            count += 1
        return count

    def write_with_paths(self, parameters, name, context, feedback, source, path_field, paths):
        """``source``'s features into the sink ``name``, with ``paths[fid]`` in the
        text field ``path_field`` (added when missing); returns the destination."""
        fields = source.fields()
        if fields.indexOf(path_field) < 0:
            fields.append(make_field(path_field, "string"))
        sink, destination, fields = self.sink(parameters, name, context, fields, source.wkbType(),
                                              source.sourceCrs())

        def features():
            for original in source.getFeatures():
                feature = QgsFeature(fields)
                feature.setGeometry(original.geometry())
                for index, field_name in enumerate(original.fields().names()):
                    feature[field_name] = original.attribute(index)
                if original.id() in paths:
                    feature[path_field] = paths[original.id()]
                yield feature
        self.write(sink, features(), feedback)
        return destination
