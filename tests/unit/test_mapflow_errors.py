"""Failed processings explain themselves with the sentences of the Mapflow API page."""

import re

import pytest

from imagery_hub.providers.mapflow.errors import ERROR_MESSAGES, render_message, render_messages
from imagery_hub.providers.mapflow.models import Processing

#: every code of the page's "Error messages in API" table
DOCUMENTED_CODES = """
source-validator.UrlMustBeString source-validator.UrlMustBeLink source-validator.UrlFormatInvalid
source-validator.ZoomMustBeInteger source-validator.InvalidZoomValue source-validator.TooHighZoom
source-validator.TooLowZoom source-validator.UrlBlacklisted source-validator.ImageMetadataMustBeDict
source-validator.ImageMetadataKeyError source-validator.S3URLError source-validator.LocalRequestKeyError
source-validator.ReadFromS3Failed source-validator.ImageReadError source-validator.BadImageProfile
source-validator.DtypeNotAllowed source-validator.NChannelsNotAllowed source-validator.PixelSizeTooLow
source-validator.PixelSizeTooHigh source-validator.ImageCheckError source-validator.QuadkeyLinkFormatError
source-validator.SentinelInputStringKeyError source-validator.SentinelInputStringFormatError
source-validator.GridCellOutOfBound source-validator.AOINotInCell source-validator.MonthOutOfBounds
source-validator.TMSLinkFormatError source-validator.RequirementsMustBeDict source-validator.RequestMustBeDict
source-validator.RequestMustHaveSourceType source-validator.SourceTypeIsNotAllowed
source-validator.RequiredSectionMustBeDict source-validator.RecommendedSectionMustBeDict
source-validator.XYZLinkFormatError source-validator.TaskMustContainAoi source-validator.UnhandledException
source-validator.internalError dataloader.internalError dataloader.InternalError dataloader.UnknownSourceType
dataloader.MemoryLimitExceeded dataloader.LoaderArgsError dataloader.WrongChannelsNum dataloader.WrongTileSize
dataloader.TileNotLoaded dataloader.CrsIsNotSupported dataloader.MaploaderInternalError
dataloader.SentinelLoaderInternalError raster-processor.internalError inference.internalError
vector-processor.internalError
""".split()


def test_every_documented_code_is_known():
    assert len(DOCUMENTED_CODES) == 51
    assert set(ERROR_MESSAGES) == set(DOCUMENTED_CODES)


@pytest.mark.parametrize("code", DOCUMENTED_CODES)
def test_every_code_renders_its_sentence_with_every_parameter_filled(code):
    names, sentence = ERROR_MESSAGES[code]
    parameters = {name: f"<{name}-value>" for name in names}
    text = render_message({"code": code, "parameters": {**parameters, "level": "error"}})
    for name in names:
        assert f"<{name}-value>" in text, (code, text)
        assert "{" + name + "}" not in text
    # what is left of the sentence around the parameters is the documented text
    fixed_parts = [part for part in re.split(r"\{\w+\}", sentence) if part]
    assert all(part in text for part in fixed_parts if "{" not in part)


@pytest.mark.parametrize("message, sentence", [
    ({"code": "source-validator.PixelSizeTooHigh",  # the page's own example
      "parameters": {"max_res": "1.2", "level": "error", "actual_res": "5.620983603290215"}},
     "Spatial resolution of you image is too high: pixel size is 5.62, maximum allowed pixel size is 1.2"),
    ({"code": "source-validator.UrlMustBeString", "parameters": {"url_type": "int"}},
     "Key ‘url’ in your request must be a string, got int instead."),
    ({"code": "source-validator.TooHighZoom", "parameters": {"max_zoom": 20, "actual_zoom": 23}},
     "Zoom must be not higher than 20, got 23"),
    ({"code": "source-validator.XYZLinkFormatError", "parameters": {"level": "error"}},
     "You XYZ basemap link doesn’t match the format, it must be a link containing ‘{x}’, ‘{y}’, ‘{z}’ "
     "placeholders."),
    ({"code": "dataloader.UnknownSourceType",  # the page names the parameter real_source_types
      "parameters": {"allowed_source_types": ["xyz", "tms", "tif"], "real_source_types": "wms"}},
     "Wrong source type wms. Specify one of the allowed types xyz, tms, tif."),
    ({"code": "source-validator.ImageCheckError",
      "parameters": {"checked_param": "crs", "message": "unknown CRS", "metadata": "{'count': 3}"}},
     "Error occurred during image crs check: unknown CRS. Image metadata = {'count': 3}."),
    ({"code": "dataloader.MemoryLimitExceeded", "parameters": {"allowed_size": 2048, "estimated_size": 4096.5}},
     "Your data loading task requires 4096.5 MB of memory, which exceeded allowed memory limit 2048"),
    ({"code": "source-validator.TooLowZoom", "parameters": {"actual_zoom": 9}},
     "Zoom must be not lower than ?, got 9"),
])
def test_documented_sentences(message, sentence):
    assert render_message(message) == sentence


def test_an_unknown_code_falls_back_to_code_and_parameters():
    message = {"code": "postprocessor.NewError", "parameters": {"tile": "17/1/2", "retries": 3, "level": "error"}}
    assert render_message(message) == "postprocessor.NewError (tile=17/1/2, retries=3)"
    assert render_message({"code": "inference.Unknown"}) == "inference.Unknown"


def test_a_failed_processing_lists_each_error_once():
    repeated = {"code": "dataloader.TileNotLoaded", "parameters": {"tile_location": "18/1/2", "status": "404"}}
    processing = Processing.from_json({"id": "6ad89b64", "status": "FAILED", "percentCompleted": 0,
                                       "messages": [repeated, dict(repeated)]})
    assert processing.error_lines() == ["Tile at location 18/1/2 cannot be loaded, server response is 404"]
    assert render_messages([]) == []
