from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "nianbao.web"
    label = "web"
    verbose_name = "年报工作台"
