"""What can be done with a processing of the Mapflow tab's table: load its result
tiles, download its results, show its AOIs, rename, restart, move, delete, read
its error. Each call runs in a task through the tab (``MapflowTab.run``)."""

from ...core.i18n import translate
from ...core.mapflow.auth import tile_auth_config
from ...core.mapflow.layers import (
    add_to_group,
    download_results,
    group_name,
    needs_auth,
    open_aois,
    open_results,
    tile_layers,
    write_aois,
)
from ...core.messages import log
from ...providers.errors import ImageryHubError, InvalidInputError


class ProcessingActions:
    def __init__(self, tab):
        self.tab = tab

    def load_results(self, processing):
        """Result tiles and imagery as layers in a group named after the processing."""
        try:
            if processing.status != "OK":
                raise InvalidInputError(translate("ImageryHub.Mapflow",
                                                  "“{name}” is not finished yet").format(name=processing.name),
                                        parameter="processing")
            base_url = self.tab.service.base_url
            auth = None
            if needs_auth(processing, base_url):
                auth = tile_auth_config(self.tab.context.settings, self.tab.service.token(), api_url=base_url)
            layers = tile_layers(processing, base_url, auth)
        except ImageryHubError as exc:
            self.tab.error(exc)
            return None
        return add_to_group(group_name(processing), layers)

    def download(self, processing):
        folder = self.tab.context.settings.workspace_folder()
        description = translate("ImageryHub.Mapflow", "downloading the results of {name}").format(name=processing.name)
        task = self.tab.run(description,
                            lambda client, task: download_results(client, task, processing, folder),
                            lambda result: self._downloaded(processing, result))
        if task is not None:
            self.tab.progress.watch(task, translate("ImageryHub.Mapflow", "Downloading the results of {name}…").format(
                name=processing.name))

    def _downloaded(self, processing, result):
        try:
            open_results(result["path"], processing)
        except ImageryHubError as exc:
            self.tab.error(exc)
            return
        log(translate("ImageryHub.Mapflow", "Mapflow: the results of “{name}” are in {path}").format(
            name=processing.name, path=result["path"]))
        count = result["results"]  # pylupdate5 reads only a plain name or call as the count
        self.tab.context.notify.success(translate("ImageryHub.Mapflow", "Downloaded %Ln feature(s) of “{name}” into "
                                                  "{file}", None, count).format(name=processing.name,
                                                                                file=result["path"].name))

    def show_aois(self, processing):
        folder = self.tab.context.settings.workspace_folder()
        self.tab.run(translate("ImageryHub.Mapflow", "loading the AOIs of {name}").format(name=processing.name),
                     lambda client, task: write_aois(task, client.processing_aois(processing.id), processing, folder),
                     lambda path: add_to_group(group_name(processing), [open_aois(path, processing)]))

    def rename_processing(self, processing):
        name = self.tab.dialogs.ask_text(translate("ImageryHub.Mapflow", "Rename Mapflow processing"),
                                         translate("ImageryHub.Mapflow", "Name"), processing.name)
        if name and name != processing.name:
            self.tab.run(translate("ImageryHub.Mapflow", "renaming a Mapflow processing"),
                         lambda client, task: client.rename_processing(processing.id, name),
                         self.tab.panel.model.update)

    def restart(self, processing):
        self.tab.run(translate("ImageryHub.Mapflow", "restarting a Mapflow processing"),
                     lambda client, task: client.restart_processing(processing.id), self._restarted)

    def _restarted(self, processing):
        self.tab.panel.model.update(processing)
        self.tab.watcher.watch(processing)
        self.tab.context.notify.info(translate("ImageryHub.Mapflow", "Restarted the failed parts of “{name}”").format(
            name=processing.name))

    def move(self, processing):
        others = [p for p in self.tab.header.projects if p.id != processing.project_id]
        index = self.tab.dialogs.choose(translate("ImageryHub.Mapflow", "Move Mapflow processing"),
                                        translate("ImageryHub.Mapflow", "Move “{name}” to").format(
                                            name=processing.name),
                                        [p.name for p in others])
        if index is not None:
            target = others[index]
            self.tab.run(translate("ImageryHub.Mapflow", "moving a Mapflow processing"),
                         lambda client, task: client.move_processing(processing.id, target.id),
                         lambda moved: self.tab.panel.model.remove(moved.id))

    def delete_processing(self, processing):
        text = translate("ImageryHub.Mapflow", "Delete “{name}” and its results on Mapflow? Layers already "
                                               "downloaded stay.").format(name=processing.name)
        if self.tab.dialogs.confirm(translate("ImageryHub.Mapflow", "Delete Mapflow processing"), text,
                                    translate("ImageryHub.Mapflow", "Delete"), destructive=True):
            self.tab.run(translate("ImageryHub.Mapflow", "deleting a Mapflow processing"),
                         lambda client, task: client.delete_processing(processing.id),
                         lambda _: self._deleted(processing))

    def _deleted(self, processing):
        self.tab.watcher.unwatch(processing.id)
        self.tab.panel.model.remove(processing.id)

    def show_errors(self, processing):
        self.tab.dialogs.show_errors(processing)
